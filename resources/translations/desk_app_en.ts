<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
    <context>
        <name>AdminTab</name>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="47" />
            <source>&amp;Pengguna</source>
            <translation>&amp;Users</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="49" />
            <source>&amp;Kantor</source>
            <translation>&amp;Office</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="51" />
            <source>Penanda &amp;tangan</source>
            <translation>Report &amp;signer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="53" />
            <source>Cuti &amp;bersama</source>
            <translation>&amp;Collective leave</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../desk_app/app.py" line="82" />
            <source>Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan; rincian dicatat di berkas log:
%1</source>
            <translation>An unexpected error occurred. The application keeps running; the details are in the log file:
%1</translation>
        </message>
        <message>
            <location filename="../../desk_app/app.py" line="88" />
            <source>Kesalahan</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../desk_app/app.py" line="158" />
            <source>Basis data tidak dapat dibuka</source>
            <translation>The database cannot be opened</translation>
        </message>
        <message>
            <location filename="../../desk_app/app.py" line="162" />
            <source>Basis data rusak</source>
            <translation>Database damaged</translation>
        </message>
        <message>
            <location filename="../../desk_app/app.py" line="163" />
            <source>%1

Pulihkan dari cadangan terakhir (%2)? Berkas yang rusak disimpan dengan nama lain.</source>
            <translation>%1

Restore from the latest backup (%2)? The damaged file is kept under another name.</translation>
        </message>
        <message>
            <location filename="../../desk_app/app.py" line="174" />
            <source>Pemulihan gagal</source>
            <translation>Restore failed</translation>
        </message>
    </context>
    <context>
        <name>CatalogueTab</name>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="59" />
            <source>Persyaratan</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="60" />
            <source>Sistem, mekanisme dan prosedur</source>
            <translation>System, mechanism and procedure</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="61" />
            <source>Jangka waktu penyelesaian</source>
            <translation>Completion time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="62" />
            <source>Biaya/tarif</source>
            <translation>Cost/fee</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="63" />
            <source>Produk pelayanan</source>
            <translation>Service product</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="64" />
            <source>Penanganan pengaduan, saran dan masukan</source>
            <translation>Handling of complaints, suggestions and feedback</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="67" />
            <source>Dasar hukum</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="68" />
            <source>Sarana, prasarana dan/atau fasilitas</source>
            <translation>Facilities, infrastructure and/or equipment</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="69" />
            <source>Kompetensi pelaksana</source>
            <translation>Staff competence</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="70" />
            <source>Pengawasan internal</source>
            <translation>Internal supervision</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="71" />
            <source>Jumlah pelaksana</source>
            <translation>Number of staff</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="72" />
            <source>Jaminan pelayanan</source>
            <translation>Service guarantee</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="73" />
            <source>Jaminan keamanan dan keselamatan pelayanan</source>
            <translation>Service security and safety guarantee</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="74" />
            <source>Evaluasi kinerja pelaksana</source>
            <translation>Staff performance evaluation</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="88" />
            <source>Kode</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="88" />
            <source>Layanan</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="89" />
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="154" />
            <source>%1 hari kerja</source>
            <translation>%1 working days</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="202" />
            <source>Cari layanan (kode, nama, kategori)… Ctrl+F</source>
            <translation>Search services (code, name, category)… Ctrl+F</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="234" />
            <source>&amp;Versi:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="236" />
            <source>&amp;Ubah standar…</source>
            <translation>&amp;Edit standard…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="240" />
            <source>&amp;Cetak lembar standar</source>
            <translation>&amp;Print standard sheet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="243" />
            <source>&amp;Simpan sebagai PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="244" />
            <source>&amp;Cetak ke printer…</source>
            <translation>&amp;Print on a printer…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="263" />
            <source>Komponen &amp;publik</source>
            <translation>&amp;Public components</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="264" />
            <source>Komponen &amp;internal</source>
            <translation>&amp;Internal components</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="320" />
            <source>%1 dari %2 layanan</source>
            <translation>%1 of %2 services</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="341" />
            <source>Versi %1 — berlaku %2</source>
            <translation>Version %1 — effective %2</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="344" />
            <source>(berlaku sekarang)</source>
            <translation>(in force now)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="370" />
            <source>Komponen standar pelayanan yang terkait dengan proses penyampaian pelayanan</source>
            <translation>Service standard components related to service delivery</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="373" />
            <source>Komponen standar pelayanan yang terkait dengan proses pengelolaan pelayanan di internal</source>
            <translation>Service standard components related to internal service management</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="395" />
            <source>Simpan lembar standar</source>
            <translation>Save standard sheet</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="396" />
            <source>Berkas PDF (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="408" />
            <source>Tersimpan: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/catalogue_tab.py" line="423" />
            <source>Cetak lembar standar</source>
            <translation>Print standard sheet</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="194" />
            <source>Ubah sandi saya</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="201" />
            <source>Sandi &amp;lama:</source>
            <translation>&amp;Old password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="202" />
            <source>Sandi &amp;baru:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="203" />
            <source>&amp;Ulangi sandi baru:</source>
            <translation>&amp;Repeat new password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="206" />
            <source>&amp;Simpan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="207" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="217" />
            <source>Kedua sandi baru tidak sama.</source>
            <translation>The two new passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="223" />
            <source>Sandi diubah</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="223" />
            <source>Sandi Anda sudah diubah.</source>
            <translation>Your password has been changed.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="79" />
            <source>Selesai</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="79" />
            <source>Dilewati</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="80" />
            <source>Berikutnya</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="80" />
            <source>Menunggu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="81" />
            <source>Tidak diperlukan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="95" />
            <source> (melebihi)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CutiBersamaSection</name>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="75" />
            <source>&amp;Tahun:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="77" />
            <source>Ambil &amp;usulan…</source>
            <translation>Take &amp;suggestions…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="78" />
            <source>Tambahkan cuti bersama yang dikenal paket kalender libur untuk tahun ini</source>
            <translation>Add the collective leave days the holiday calendar package knows for this year</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="81" />
            <source>&amp;Hapus…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="102" />
            <source>Cuti bersama</source>
            <translation>Collective leave</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="103" />
            <source>T&amp;ambah tanggal</source>
            <translation>&amp;Add date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="107" />
            <source>Tangga&amp;l:</source>
            <translation>Dat&amp;e:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="111" />
            <source>&amp;Keterangan:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="117" />
            <source>Cuti bersama ditetapkan tiap tahun dengan SKB menteri; hari ini tidak dihitung sebagai hari kerja pada tenggat.</source>
            <translation>Collective leave days are set every year by a joint ministerial decree; they do not count as working days for deadlines.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="147" />
            <source>Pilih tanggal yang akan dihapus.</source>
            <translation>Choose the date to remove.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="149" />
            <source>Hapus cuti bersama</source>
            <translation>Remove collective leave day</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="150" />
            <source>Alasan menghapus %1:</source>
            <translation>Reason for removing %1:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="168" />
            <source>Tidak ada usulan baru untuk tahun %1.</source>
            <translation>No new suggestions for %1.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="171" />
            <source>Tambahkan %1 tanggal berikut?

%2

Periksa dengan SKB cuti bersama tahun ini.</source>
            <translation>Add the following %1 dates?

%2

Check them against this year's joint decree on collective leave.</translation>
        </message>
    </context>
    <context>
        <name>CutiModel</name>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="37" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/cuti_section.py" line="37" />
            <source>Keterangan</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="32" />
            <source>Persiapan pertama — Loket Prima</source>
            <translation>First-time setup — Loket Prima</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="35" />
            <source>Basis data ini masih kosong. Isi identitas kantor dan buat akun admin pertama; katalog layanan dimuat otomatis. Semuanya dapat diubah nanti di tab Admin.</source>
            <translation>This database is still empty. Enter the office's identity and create the first admin account; the service catalogue is loaded automatically. Everything can be changed later in the Admin tab.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="50" />
            <source>WIB (Asia/Jakarta)</source>
            <translation>WIB (Asia/Jakarta)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="50" />
            <source>WITA (Asia/Makassar)</source>
            <translation>WITA (Asia/Makassar)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="51" />
            <source>WIT (Asia/Jayapura)</source>
            <translation>WIT (Asia/Jayapura)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="55" />
            <source>Kantor</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="57" />
            <source>&amp;Kode kantor:</source>
            <translation>Office &amp;code:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="58" />
            <source>&amp;Nama kantor:</source>
            <translation>Office &amp;name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="59" />
            <source>&amp;Unit/bidang:</source>
            <translation>&amp;Unit/division:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="60" />
            <source>&amp;Alamat:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="61" />
            <source>Ko&amp;ta:</source>
            <translation>Ci&amp;ty:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="62" />
            <source>Kode &amp;surat:</source>
            <translation>&amp;Letter code:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="63" />
            <source>&amp;Kop surat (satu baris per baris):</source>
            <translation>Letter&amp;head (one line per line):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="64" />
            <source>&amp;Zona waktu:</source>
            <translation>Time &amp;zone:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="69" />
            <source>18 digit, boleh kosong</source>
            <translation>18 digits, may be left empty</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="74" />
            <source>Akun admin pertama</source>
            <translation>First admin account</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="76" />
            <source>Nama &amp;pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="77" />
            <source>Nama &amp;lengkap:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="78" />
            <source>NI&amp;P:</source>
            <translation>NI&amp;P:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="79" />
            <source>San&amp;di (min. 8 karakter):</source>
            <translation>Pass&amp;word (min. 8 characters):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="80" />
            <source>&amp;Ulangi sandi:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="84" />
            <source>&amp;Simpan dan mulai</source>
            <translation>&amp;Save and start</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="85" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/first_run_dialog.py" line="113" />
            <source>Kedua sandi tidak sama.</source>
            <translation>The two passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="57" />
            <source>&amp;No. formulir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="58" />
            <location filename="../../desk_app/ui/survey_dialogs.py" line="63" />
            <location filename="../../desk_app/ui/survey_dialogs.py" line="66" />
            <location filename="../../desk_app/ui/survey_dialogs.py" line="69" />
            <source>(kosong)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="58" />
            <source>L — laki-laki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="59" />
            <source>P — perempuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="60" />
            <source>&amp;Jenis kelamin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="65" />
            <source>&amp;Umur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="68" />
            <source>&amp;Pendidikan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="71" />
            <source>P&amp;ekerjaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="74" />
            <source>— dilewati</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="81" />
            <source>&amp;Saran</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormsModel</name>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="71" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="71" />
            <source>JK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="71" />
            <source>Umur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="72" />
            <source>Pend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="72" />
            <source>Pekerjaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="73" />
            <source>Saran</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="203" />
            <source>Serahkan ke rekan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="213" />
            <source>&amp;Kepada:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="214" />
            <source>&amp;Catatan:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="217" />
            <source>Serahkan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportErrorsDialog</name>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="305" />
            <source>Impor survei ditolak</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desk_app/ui/login_dialog.py" line="28" />
            <source>Masuk — Loket Prima</source>
            <translation>Log in — Loket Prima</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/login_dialog.py" line="31" />
            <source>Loket Prima</source>
            <translation>Loket Prima</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/login_dialog.py" line="46" />
            <source>&amp;Nama pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/login_dialog.py" line="48" />
            <source>&amp;Sandi:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/login_dialog.py" line="62" />
            <source>&amp;Masuk</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/login_dialog.py" line="64" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/login_dialog.py" line="68" />
            <source>Versi %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/login_dialog.py" line="89" />
            <source>Isi nama pengguna.</source>
            <translation>Enter your user name.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="63" />
            <source>Loket Prima — %1</source>
            <translation>Loket Prima — %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="97" />
            <source>&amp;Aplikasi</source>
            <translation>&amp;Application</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="98" />
            <source>&amp;Ubah sandi saya…</source>
            <translation>&amp;Change my password…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="100" />
            <source>&amp;Keluar akun</source>
            <translation>&amp;Log out</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="103" />
            <source>&amp;Tutup aplikasi</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="111" />
            <source>&amp;Tampilan</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="112" />
            <source>&amp;Bahasa</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="124" />
            <source>Ba&amp;ntuan</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="125" />
            <source>&amp;Pintasan papan ketik</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="128" />
            <source>Buka folder &amp;log</source>
            <translation>Open &amp;log folder</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="130" />
            <source>&amp;Tentang Loket Prima</source>
            <translation>&amp;About Loket Prima</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="139" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="170" />
            <source>Keluar akun</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="170" />
            <source>Tutup aplikasi</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="171" />
            <location filename="../../desk_app/ui/main_window.py" line="172" />
            <source>Pintasan papan ketik</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="175" />
            <source>Tentang Loket Prima</source>
            <translation>About Loket Prima</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="176" />
            <source>&lt;b&gt;Loket Prima %1&lt;/b&gt;&lt;br&gt;Aplikasi loket pelayanan publik: standar pelayanan, SOP, permohonan, pengaduan dan survei kepuasan masyarakat.&lt;br&gt;&lt;br&gt;Folder log: %2</source>
            <translation>&lt;b&gt;Loket Prima %1&lt;/b&gt;&lt;br&gt;Front-desk application for public services: service standards, SOPs, requests, complaints and public satisfaction surveys.&lt;br&gt;&lt;br&gt;Log folder: %2</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/tabs.py" line="26" />
            <source>Permohonan</source>
            <translation>Requests</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/tabs.py" line="28" />
            <source>Standar Pelayanan</source>
            <translation>Service Standards</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/tabs.py" line="30" />
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
    </context>
    <context>
        <name>MismatchDialog</name>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="196" />
            <source>Perbandingan entri ganda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="216" />
            <source>Pakai entri &amp;1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="217" />
            <source>Pakai entri &amp;2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="218" />
            <source>&amp;Isi sesuai kertas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="219" />
            <source>Formulir &amp;tidak ada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="220" />
            <source>&amp;Tutup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="240" />
            <source>%1 formulir berbeda antara entri 1 dan entri 2. Batch belum dihitung.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="245" />
            <source>Batch sudah dihitung.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="246" />
            <source>Batch belum dihitung (entri kedua belum ada).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="247" />
            <source>Tidak ada perbedaan. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="274" />
            <source>Semua perbedaan sudah diselesaikan; batch dihitung.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="286" />
            <source>Isi sesuai kertas no. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="295" />
            <source>Formulir no. %1 tidak ada pada tumpukan kertas? Kedua ketikannya dibatalkan.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MismatchListModel</name>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="131" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="131" />
            <source>Berbeda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="141" />
            <source>tidak ada di entri 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="143" />
            <source>tidak ada di entri 2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficeSection</name>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="229" />
            <source>&amp;Nama kantor:</source>
            <translation>Office &amp;name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="229" />
            <source>&amp;Unit/bidang:</source>
            <translation>&amp;Unit/division:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="230" />
            <source>&amp;Alamat:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="230" />
            <source>Ko&amp;ta:</source>
            <translation>Ci&amp;ty:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="231" />
            <source>&amp;Telepon:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="231" />
            <source>&amp;Surel:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="232" />
            <source>&amp;Laman:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="232" />
            <source>Kode s&amp;urat:</source>
            <translation>&amp;Letter code:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="234" />
            <source>Kode kantor:</source>
            <translation>Office code:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="237" />
            <source>&amp;Kop surat (satu baris per baris; baris huruf kapital dicetak tebal):</source>
            <translation>Letter&amp;head (one line per line; upper-case lines are printed bold):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="239" />
            <source>&amp;Zona waktu:</source>
            <translation>Time &amp;zone:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="240" />
            <source>&amp;Simpan identitas kantor</source>
            <translation>&amp;Save office identity</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="264" />
            <source>Identitas kantor tersimpan. Kop surat baru dipakai pada dokumen berikutnya.</source>
            <translation>Office identity saved. The new letterhead is used on the next documents.</translation>
        </message>
    </context>
    <context>
        <name>PdfPrint</name>
        <message>
            <location filename="../../desk_app/ui/pdf_print.py" line="26" />
            <source>Berkas PDF tidak dapat dibaca: %1</source>
            <translation>The PDF file cannot be read: %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_print.py" line="29" />
            <source>Printer tidak dapat dipakai.</source>
            <translation>The printer cannot be used.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/pdf_print.py" line="51" />
            <source>Cetak</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>RegistrationForm</name>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="60" />
            <source>Ketik sebagian nama atau kode layanan, lalu Enter</source>
            <translation>Type part of a service name or code, then Enter</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="80" />
            <source>&amp;Semua dokumen ada</source>
            <translation>&amp;All documents present</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="81" />
            <source>Centang semua persyaratan (Alt+S)</source>
            <translation>Tick all requirements (Alt+S)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="85" />
            <source>16 digit</source>
            <translation>16 digits</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="90" />
            <source>08xx atau +62</source>
            <translation>08xx or +62</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="94" />
            <source>boleh kosong</source>
            <translation>may be left empty</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="102" />
            <source>&amp;Layanan:</source>
            <translation>&amp;Service:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="105" />
            <source>Berkas yang diserahkan (Spasi mencentang):</source>
            <translation>Documents handed in (Space ticks):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="110" />
            <source>NI&amp;K:</source>
            <translation>NI&amp;K:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="112" />
            <source>&amp;Nama pemohon:</source>
            <translation>Applicant's &amp;name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="113" />
            <source>&amp;Telepon/HP:</source>
            <translation>&amp;Phone/mobile:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="114" />
            <source>Ala&amp;mat:</source>
            <translation>Addr&amp;ess:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="115" />
            <source>Lembaga/&amp;instansi:</source>
            <translation>&amp;Institution:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="123" />
            <source>Simpan pendaftaran (Ctrl+Enter)</source>
            <translation>Save registration (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="126" />
            <source>Kosongkan (Ctrl+N)</source>
            <translation>Clear (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="133" />
            <source>Belum ada pendaftaran pada sesi ini.</source>
            <translation>No registrations in this session yet.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="136" />
            <source>Kertas A5</source>
            <translation>A5 paper</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="137" />
            <source>Struk 80 mm</source>
            <translation>80 mm receipt</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="138" />
            <source>Cetak tanda terima (Ctrl+P)</source>
            <translation>Print receipt (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="140" />
            <source>Simpan PDF (Ctrl+Shift+S)</source>
            <translation>Save PDF (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="187" />
            <source>Tidak ada layanan yang cocok dengan '%1'.</source>
            <translation>No service matches '%1'.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="196" />
            <source>Jangka waktu %1 hari kerja · %2</source>
            <translation>Time frame %1 working days · %2</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="248" />
            <source>Pemohon lama: data diisi dari pendaftaran sebelumnya.</source>
            <translation>Returning applicant: details filled in from an earlier registration.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="264" />
            <source>Berkas belum lengkap</source>
            <translation>Documents incomplete</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/request_form.py" line="265" />
            <source>%n dokumen belum diserahkan:</source>
            <translation>
                <numerusform>%n document not handed in:</numerusform>
                <numerusform>%n documents not handed in:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="267" />
            <source>&amp;Daftarkan (berkas belum lengkap)</source>
            <translation>&amp;Register (documents incomplete)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="269" />
            <source>&amp;Tolak permohonan</source>
            <translation>&amp;Reject request</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="270" />
            <source>&amp;Kembali</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="278" />
            <source>Pilih layanan terlebih dahulu.</source>
            <translation>Choose a service first.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="316" />
            <source>%1 dicatat sebagai DITOLAK (berkas tidak lengkap).</source>
            <translation>%1 recorded as REJECTED (documents incomplete).</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="318" />
            <source>Terdaftar &lt;b&gt;%1&lt;/b&gt; · antrean %2 · selesai %3</source>
            <translation>Registered &lt;b&gt;%1&lt;/b&gt; · queue %2 · done by %3</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_form.py" line="322" />
            <source> · &lt;b&gt;berkas belum lengkap&lt;/b&gt;</source>
            <translation> · &lt;b&gt;documents incomplete&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>RequestDetailDialog</name>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="136" />
            <source>Detail permohonan</source>
            <translation>Request details</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="144" />
            <source>&amp;Ringkasan</source>
            <translation>&amp;Summary</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="145" />
            <source>Ri&amp;wayat</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="177" />
            <source>Layanan</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="177" />
            <source>Didaftarkan</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="178" />
            <source>Pemohon</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="178" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="179" />
            <source>Telepon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="179" />
            <source>Alamat</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="180" />
            <source>Lembaga</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="180" />
            <source>Jatuh tempo</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="181" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="181" />
            <source>Catatan status</source>
            <translation>Status note</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="182" />
            <source>Diserahkan kepada</source>
            <translation>Handed over to</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="190" />
            <source>Berkas</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="196" />
            <source>&amp;Proses</source>
            <translation>&amp;Process</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="197" />
            <source>&amp;Selesai</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="198" />
            <source>Se&amp;rahkan…</source>
            <translation>Hand &amp;over…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="199" />
            <source>&amp;Tolak…</source>
            <translation>&amp;Reject…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="200" />
            <source>&amp;Batalkan…</source>
            <translation>&amp;Void…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="207" />
            <source>&amp;Cetak ulang tanda terima</source>
            <translation>Re&amp;print receipt</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="210" />
            <source>Simpan P&amp;DF</source>
            <translation>Save P&amp;DF</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="229" />
            <source>Permohonan %1</source>
            <translation>Request %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="236" />
            <source>%1 oleh %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="242" />
            <source> — TERLAMBAT</source>
            <translation> — OVERDUE</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="250" />
            <source> (belum diserahkan)</source>
            <translation> (not handed in)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="282" />
            <source>Serahkan produk</source>
            <translation>Hand over the product</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="283" />
            <source>Nama orang yang mengambil produk:</source>
            <translation>Name of the person collecting the product:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="290" />
            <source>Tolak permohonan</source>
            <translation>Reject request</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="290" />
            <source>Alasan penolakan:</source>
            <translation>Reason for rejection:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="292" />
            <source>Batalkan permohonan</source>
            <translation>Void request</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="293" />
            <source>Alasan pembatalan (nomor tidak akan dipakai lagi):</source>
            <translation>Reason for voiding (the number is never reused):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="297" />
            <source>%1 permohonan %2?</source>
            <translation>%1 request %2?</translation>
        </message>
    </context>
    <context>
        <name>RequestListModel</name>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="40" />
            <source>Nomor</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="40" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="40" />
            <source>Antrean</source>
            <translation>Queue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="41" />
            <source>Layanan</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="41" />
            <source>Pemohon</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="41" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="42" />
            <source>Telepon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="42" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="42" />
            <source>Jatuh tempo</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="43" />
            <source>Keterangan</source>
            <translation>Description</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_app/ui/request_list_model.py" line="114" />
            <source>TERLAMBAT %n hari</source>
            <translation>
                <numerusform>OVERDUE %n day</numerusform>
                <numerusform>OVERDUE %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="116" />
            <source>Jatuh tempo hari ini</source>
            <translation>Due today</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_list_model.py" line="118" />
            <source>Berkas belum lengkap</source>
            <translation>Documents incomplete</translation>
        </message>
    </context>
    <context>
        <name>RequestStepsPage</name>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="270" />
            <source>&amp;Selesai… (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="271" />
            <source>&amp;Lewati…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="272" />
            <source>Serahkan ke &amp;rekan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="273" />
            <source>Cetak &amp;jejak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="305" />
            <source>belum ada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="308" />
            <source>Permohonan ini tidak memiliki SOP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="312" />
            <source>%1 — revisi %2. %3 dari %4 langkah tercatat; %5 melebihi waktu baku. Dipegang: %6.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="337" />
            <location filename="../../desk_app/ui/request_steps.py" line="356" />
            <source>Langkah ini sudah dicatat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="358" />
            <source>Lewati langkah %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="359" />
            <source>Alasan melewati langkah (dicatat sebagai penyimpangan):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="384" />
            <source>Simpan jejak permohonan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestsTab</name>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="59" />
            <source>Pendaftaran permohonan</source>
            <translation>Register requests</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="81" />
            <source>Daftar permohonan</source>
            <translation>Request list</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="85" />
            <source>Merah: melewati jatuh tempo · Kuning: jatuh tempo hari ini · Enter membuka permohonan</source>
            <translation>Red: overdue · Yellow: due today · Enter opens the request</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="112" />
            <source>Cari nomor, nama, NIK atau telepon (Ctrl+F)</source>
            <translation>Search number, name, NIK or phone (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="118" />
            <source>Semua status</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="122" />
            <source>Semua layanan</source>
            <translation>All services</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="128" />
            <source>Hanya &amp;terlambat</source>
            <translation>&amp;Overdue only</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="134" />
            <source>Muat ulang (F5)</source>
            <translation>Reload (F5)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="140" />
            <source>Dari</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/requests_tab.py" line="142" />
            <source>s.d.</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="107" />
            <source>Atur ulang sandi — %1</source>
            <translation>Reset password — %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="111" />
            <source>Sandi &amp;baru (min. 8 karakter):</source>
            <translation>&amp;New password (min. 8 characters):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="112" />
            <source>&amp;Ulangi sandi:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="115" />
            <source>&amp;Simpan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="115" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="120" />
            <source>Kedua sandi tidak sama.</source>
            <translation>The two passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="40" />
            <source>Petugas Loket</source>
            <translation>Counter officer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="41" />
            <source>Kepala Seksi</source>
            <translation>Head of section</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/main_window.py" line="42" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>SideBySideModel</name>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="169" />
            <source>Isian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="169" />
            <source>Entri 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="169" />
            <source>Entri 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_dialogs.py" line="186" />
            <source>(tidak diketik)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignerSection</name>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="278" />
            <source>18 digit</source>
            <translation>18 digits</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="280" />
            <source>— isi dari akun kepala seksi —</source>
            <translation>— fill in from a head-of-section account —</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="286" />
            <source>Ambil &amp;dari akun:</source>
            <translation>Take &amp;from account:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="287" />
            <source>&amp;Jabatan:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="288" />
            <source>&amp;Nama:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="289" />
            <source>NI&amp;P:</source>
            <translation>NI&amp;P:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="290" />
            <source>Nama, NIP dan jabatan ini dicetak di bawah tanda tangan laporan dan lembar standar pelayanan.</source>
            <translation>This name, NIP and position are printed under the signature of reports and service standard sheets.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="293" />
            <source>&amp;Simpan penanda tangan</source>
            <translation>&amp;Save signer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="316" />
            <source>NIP harus 18 digit angka.</source>
            <translation>The NIP must be 18 digits.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="327" />
            <source>Penanda tangan tersimpan.</source>
            <translation>Signer saved.</translation>
        </message>
    </context>
    <context>
        <name>StandardEditDialog</name>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="41" />
            <source>Ubah standar pelayanan — %1</source>
            <translation>Edit service standard — %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="43" />
            <source>Perubahan disimpan sebagai versi %1; versi %2 tetap tersimpan dan dapat dibaca.</source>
            <translation>The changes are saved as version %1; version %2 is kept and stays readable.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="57" />
            <source> hari kerja</source>
            <translation> working days</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="73" />
            <source>&amp;Nama layanan:</source>
            <translation>Service &amp;name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="74" />
            <source>&amp;Uraian singkat:</source>
            <translation>Short &amp;description:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="75" />
            <source>&amp;Persyaratan (satu per baris):</source>
            <translation>&amp;Requirements (one per line):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="76" />
            <source>P&amp;rosedur (satu langkah per baris):</source>
            <translation>Pr&amp;ocedure (one step per line):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="77" />
            <source>&amp;Jangka waktu:</source>
            <translation>&amp;Time frame:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="78" />
            <source>&amp;Biaya/tarif:</source>
            <translation>&amp;Cost/fee:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="79" />
            <source>Pro&amp;duk pelayanan:</source>
            <translation>Service &amp;product:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="80" />
            <source>Penanganan &amp;pengaduan:</source>
            <translation>Complaint &amp;handling:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="84" />
            <source>Dasar &amp;hukum (satu per baris):</source>
            <translation>&amp;Legal basis (one per line):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="85" />
            <source>&amp;Sarana dan prasarana:</source>
            <translation>&amp;Facilities:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="86" />
            <source>&amp;Kompetensi pelaksana:</source>
            <translation>Staff &amp;competence:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="87" />
            <source>Pengawasan &amp;internal:</source>
            <translation>&amp;Internal supervision:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="88" />
            <source>Ju&amp;mlah pelaksana:</source>
            <translation>Number of &amp;staff:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="89" />
            <source>Jaminan pela&amp;yanan:</source>
            <translation>Service &amp;guarantee:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="90" />
            <source>Jaminan keam&amp;anan:</source>
            <translation>Securit&amp;y guarantee:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="91" />
            <source>&amp;Evaluasi kinerja:</source>
            <translation>Performance &amp;evaluation:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="95" />
            <source>&amp;Nomor SK:</source>
            <translation>Decree &amp;number:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="96" />
            <source>&amp;Tanggal SK:</source>
            <translation>Decree &amp;date:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="97" />
            <source>&amp;Berlaku sejak:</source>
            <translation>&amp;Effective from:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="98" />
            <source>&amp;Catatan perubahan:</source>
            <translation>C&amp;hange note:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="101" />
            <source>Komponen publik</source>
            <translation>Public components</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="102" />
            <source>Komponen internal</source>
            <translation>Internal components</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="103" />
            <source>Penetapan</source>
            <translation>Decree</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="111" />
            <source>&amp;Simpan versi baru</source>
            <translation>&amp;Save new version</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/standard_edit_dialog.py" line="112" />
            <source>Bata&amp;l</source>
            <translation>Cance&amp;l</translation>
        </message>
    </context>
    <context>
        <name>StepDoneDialog</name>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="144" />
            <source>Langkah %1 selesai</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="148" />
            <source>Kegiatan:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="150" />
            <source>&amp;Ya</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="151" />
            <source>&amp;Tidak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="159" />
            <source>Ya → langkah %1, Tidak → langkah %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="161" />
            <source>Jawaban:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="164" />
            <source>Catatan (boleh kosong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="165" />
            <source>&amp;Catatan:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="170" />
            <source>Langkah ini belum gilirannya. Alasan wajib diisi dan dicatat sebagai penyimpangan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="175" />
            <source>&amp;Alasan:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="178" />
            <source>Selesai</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SurveyEntryPage</name>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="112" />
            <source>Batch formulir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="116" />
            <source>&amp;Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="120" />
            <source>&amp;Layanan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="128" />
            <source>s.d.</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="131" />
            <source>&amp;Tanggal survei</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="136" />
            <source>Urutan pertanyaan pada kertas, dengan kode unsur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="137" />
            <source>&amp;Urutan pertanyaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="141" />
            <source>Entri &amp;ganda (diketik dua kali)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="143" />
            <source>Entri pertama</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="144" />
            <source>Entri kedua</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="145" />
            <source>Simpan &amp;otomatis setelah isian terakhir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="147" />
            <source>&amp;Mulai mengetik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="165" />
            <source>— batch baru —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="170" />
            <source> · entri ganda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="171" />
            <source>dihitung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="171" />
            <source>belum dihitung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="214" />
            <source>Formulir — %1 (entri %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="220" />
            <source>Formulir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="225" />
            <source>&amp;No. formulir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="241" />
            <source>Saran responden (F2), Enter untuk menyimpan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="243" />
            <source>&amp;Saran</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="252" />
            <source>Simpan (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="254" />
            <source>Batalkan terakhir (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="256" />
            <source>&amp;Koreksi formulir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="259" />
            <source>&amp;Bandingkan entri ganda…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="308" />
            <source>Batch ini: %1 formulir · %2 jawaban · %3 dilewati · rata-rata %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="317" />
            <source>Belum lengkap: %1 belum diketik (0/spasi = dilewati).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="338" />
            <source>Formulir no. %1 tersimpan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="349" />
            <source>Tidak ada formulir yang bisa dibatalkan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="352" />
            <source>Formulir no. %1 dibatalkan; isiannya dimuat kembali untuk diperbaiki.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="358" />
            <source>Pilih formulir pada tabel untuk dikoreksi.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="361" />
            <source>Koreksi formulir hanya oleh kepala seksi.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="365" />
            <source>Koreksi formulir no. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="398" />
            <source>Anda tidak berwenang mengimpor survei.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="400" />
            <source>Impor formulir survei dari Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="401" />
            <source>Berkas Excel (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="410" />
            <source>Mengimpor survei</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <location filename="../../desk_app/ui/tasks.py" line="74" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/tasks.py" line="97" />
            <source>Membatalkan…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="61" />
            <source>Waktu</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="61" />
            <source>Peristiwa</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="61" />
            <source>Petugas</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="62" />
            <source>Catatan</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="47" />
            <source>Pengguna baru</source>
            <translation>New user</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="47" />
            <source>Ubah pengguna</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="53" />
            <source>18 digit, boleh kosong</source>
            <translation>18 digits, may be left empty</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="62" />
            <source>Nama &amp;pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="63" />
            <source>Nama &amp;lengkap:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="64" />
            <source>NI&amp;P:</source>
            <translation>NI&amp;P:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="65" />
            <source>&amp;Jabatan:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="66" />
            <source>P&amp;eran:</source>
            <translation>R&amp;ole:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="68" />
            <source>San&amp;di (min. 8 karakter):</source>
            <translation>Pass&amp;word (min. 8 characters):</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="69" />
            <source>&amp;Ulangi sandi:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="72" />
            <source>&amp;Simpan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="72" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="81" />
            <source>Kedua sandi tidak sama.</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="89" />
            <source>NIP harus 18 digit angka.</source>
            <translation>The NIP must be 18 digits.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_dialogs.py" line="91" />
            <source>Nama lengkap wajib diisi.</source>
            <translation>The full name is required.</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="71" />
            <source>Nama pengguna</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="71" />
            <source>Nama lengkap</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="71" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="72" />
            <source>Peran</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="72" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="72" />
            <source>Masuk terakhir</source>
            <translation>Last login</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="87" />
            <source>Nonaktif</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="89" />
            <source>Terkunci</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="90" />
            <source>Aktif</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="127" />
            <source>&amp;Tambah pengguna…</source>
            <translation>&amp;Add user…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="129" />
            <source>U&amp;bah…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="131" />
            <source>Atur ulang &amp;sandi…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="133" />
            <location filename="../../desk_app/ui/admin_tab.py" line="166" />
            <source>&amp;Nonaktifkan</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="143" />
            <source>Akun tidak pernah dihapus; akun yang tidak dipakai lagi dinonaktifkan.</source>
            <translation>Accounts are never deleted; an account no longer in use is deactivated.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="165" />
            <source>&amp;Aktifkan kembali</source>
            <translation>Re&amp;activate</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="187" />
            <source>Sandi %1 sudah diatur ulang; kunciannya dibuka.</source>
            <translation>The password of %1 has been reset and the account unlocked.</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="196" />
            <source>Aktifkan kembali akun %1 (%2)?</source>
            <translation>Reactivate the account %1 (%2)?</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/admin_tab.py" line="197" />
            <source>Nonaktifkan akun %1 (%2)? Pengguna ini tidak dapat masuk lagi sampai diaktifkan kembali.</source>
            <translation>Deactivate the account %1 (%2)? This user cannot log in until the account is reactivated.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <location filename="../../desk_app/ui/widgets.py" line="45" />
            <source>Terjadi kesalahan yang tidak terduga: %1</source>
            <translation>An unexpected error occurred: %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/widgets.py" line="46" />
            <source>Tidak dapat dilanjutkan</source>
            <translation>Cannot continue</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/widgets.py" line="50" />
            <source>Informasi</source>
            <translation>Information</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/widgets.py" line="58" />
            <source>Konfirmasi</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/widgets.py" line="83" />
            <source>(kosong)</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>page</name>
        <message>
            <location filename="../../desk_app/ui/request_steps.py" line="391" />
            <source>Langkah S&amp;OP</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="89" />
            <source>Simpan tanda terima</source>
            <translation>Save receipt</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="90" />
            <source>PDF A5 (*.pdf);;PDF kertas struk 80 mm (*.pdf)</source>
            <translation>A5 PDF (*.pdf);;80 mm receipt PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/request_detail.py" line="117" />
            <source>Cetak tanda terima %1</source>
            <translation>Print receipt %1</translation>
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="427" />
            <source>Cetak kuesioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_app/ui/survey_entry_page.py" line="428" />
            <source>Jumlah lembar (masing-masing bernomor sendiri):</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
