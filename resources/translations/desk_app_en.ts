<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="51"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="52"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="56"/>
        <source>&amp;Pengguna</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="58"/>
        <source>&amp;Kantor</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="60"/>
        <source>Penanda &amp;tangan</source>
        <translation>Report &amp;signer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="61"/>
        <source>Pen&amp;gaturan</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="63"/>
        <source>Cuti &amp;bersama</source>
        <translation>&amp;Collective leave</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="65"/>
        <source>Pe&amp;ndaftaran kantor</source>
        <translation>Office e&amp;nrolment</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="67"/>
        <source>Kiriman &amp;data (bundel)</source>
        <translation>&amp;Data transfer (bundles)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="69"/>
        <source>C&amp;adangan</source>
        <translation>B&amp;ackups</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="70"/>
        <source>Cadangan k&amp;unci kantor</source>
        <translation>Office &amp;key backup</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="73"/>
        <source>Data pr&amp;ibadi</source>
        <translation>Persona&amp;l data</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desk_app/app.py" line="105"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="180"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="184"/>
        <source>Basis data rusak</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="185"/>
        <source>%1

Pulihkan dari cadangan terakhir (%2)? Berkas yang rusak disimpan dengan nama lain.</source>
        <translation>%1

Restore from the latest backup (%2)? The damaged file is kept under another name.</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="196"/>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="51"/>
        <source>Berkas</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="52"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="54"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="56"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="69"/>
        <source>Cadangan otomatis dibuat saat aplikasi pertama kali dibuka setiap hari dan saat ditutup; %1 cadangan otomatis terbaru disimpan di %2.</source>
        <translation>Automatic backups are made when the application is first opened each day and when it is closed; the latest %1 automatic backups are kept in %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="79"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="81"/>
        <source>&amp;Pulihkan dari cadangan terpilih…</source>
        <translation>&amp;Restore from the selected backup…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="82"/>
        <source>Buka &amp;folder cadangan</source>
        <translation>Open backup &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="106"/>
        <source>Mencadangkan basis data</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="110"/>
        <source>Cadangan tersimpan dan sudah diperiksa: %1</source>
        <translation>Backup saved and verified: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="127"/>
        <source>Pasang cadangan kunci kantor: berkas kunci dengan kata sandinya, atau kode pemulihan.</source>
        <translation>Install the office key backup: the key file with its passphrase, or the recovery code.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="140"/>
        <source>Kunci ini tidak membuka semua identitas dalam cadangan; gunakan cadangan kunci yang lebih baru.</source>
        <translation>This key does not open every identity in the backup; use a newer key backup.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="151"/>
        <source>Pilih dulu cadangan yang akan dipulihkan.</source>
        <translation>First choose the backup to restore.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="163"/>
        <source>Seluruh isi basis data akan diganti dengan cadangan %1. Basis data saat ini disimpan dulu sebagai cadangan. Aplikasi akan ditutup setelahnya. Lanjutkan?</source>
        <translation>The whole database will be replaced by the backup %1. The current database is saved as a backup first. The application closes afterwards. Continue?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="181"/>
        <source>Identitas pelapor rahasia tetap terkunci sampai kunci kantor dipasang (Admin, Cadangan kunci kantor).</source>
        <translation>Identities of confidential complainants stay locked until the office key is installed (Admin, Office key backup).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/backups_panel.py" line="183"/>
        <source>Basis data dipulihkan dari %1. Basis data sebelumnya disimpan sebagai %2. Jalankan aplikasi kembali.</source>
        <translation>The database was restored from %1. The previous database was kept as %2. Start the application again.</translation>
    </message>
</context>
<context>
    <name>BundlePreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="115"/>
        <source>Pratinjau bundel %1</source>
        <translation>Bundle preview %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="118"/>
        <source>Kantor:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="119"/>
        <source>Ditandatangani:</source>
        <translation>Signed:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="120"/>
        <source>kunci %1 (bundel nomor %2)</source>
        <translation>key %1 (bundle number %2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="122"/>
        <source>awal data</source>
        <translation>start of data</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="123"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="124"/>
        <source>Dibuat:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="125"/>
        <source>%1 (Loket Prima %2, skema %3)</source>
        <translation>%1 (Loket Prima %2, schema %3)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="133"/>
        <source>Konflik — data yang diubah di kedua tempat; perubahan yang lebih baru dipakai, versi lainnya disimpan di riwayat:</source>
        <translation>Conflicts — data changed in both places; the newer change is used and the other version is kept in the history:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="141"/>
        <source>Tidak ada yang berubah: isi bundel ini sudah ada di basis data ini.</source>
        <translation>Nothing changed: this bundle&apos;s content is already in this database.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="144"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="165"/>
        <source>Kirim data kantor ini (ke provinsi)</source>
        <translation>Send this office&apos;s data (to the province)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="170"/>
        <source>Kirim &amp;ke:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="177"/>
        <source>Data yang berubah sejak kiriman &amp;terakhir</source>
        <translation>Data changed since the &amp;last transfer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="178"/>
        <source>Data yang berubah sejak tan&amp;ggal:</source>
        <translation>Data changed since the &amp;date:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="179"/>
        <source>Se&amp;mua data kantor</source>
        <translation>&amp;All office data</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="190"/>
        <source>&amp;Simpan bundel…</source>
        <translation>&amp;Save bundle…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="203"/>
        <source>(belum ada kantor terdaftar: lihat Pendaftaran kantor)</source>
        <translation>(no office enrolled yet: see Office enrolment)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="207"/>
        <source>Kiriman terakhir: %1</source>
        <translation>Last transfer: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="211"/>
        <source>Belum pernah mengirim bundel: kiriman pertama memuat semua data.</source>
        <translation>No bundle sent yet: the first transfer holds all data.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="218"/>
        <source>Simpan bundel</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="219"/>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="257"/>
        <source>Bundel Loket Prima (*.zip)</source>
        <translation>Loket Prima bundle (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="233"/>
        <source>Menyimpan bundel</source>
        <translation>Saving the bundle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="237"/>
        <source>Bundel tersimpan: %1
%2 baris data, terenkripsi untuk kantor %3.</source>
        <translation>Bundle saved: %1
%2 data rows, encrypted for office %3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="245"/>
        <source>Bundel diperiksa dulu (tanda tangan kantor pengirim yang terdaftar, enkripsi, tujuan, setiap baris data) lalu ditampilkan isinya; data baru dimasukkan setelah Anda menekan Impor.</source>
        <translation>The bundle is checked first (signature of the enrolled sending office, encryption, destination, every data row), then its content is shown; the data is only added after you press Import.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="242"/>
        <source>Terima bundel kantor lain (gabungkan)</source>
        <translation>Receive another office&apos;s bundle (merge)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="250"/>
        <source>&amp;Buka bundel…</source>
        <translation>&amp;Open bundle…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="256"/>
        <source>Buka bundel</source>
        <translation>Open bundle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="264"/>
        <source>Memeriksa bundel</source>
        <translation>Checking the bundle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="274"/>
        <source>Mengimpor bundel</source>
        <translation>Importing the bundle</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="78"/>
        <source>&amp;SOP</source>
        <translation>&amp;SOP</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="18"/>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="19"/>
        <source>Sistem, mekanisme dan prosedur</source>
        <translation>System, mechanism and procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="20"/>
        <source>Jangka waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="21"/>
        <source>Biaya/tarif</source>
        <translation>Cost/fee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="22"/>
        <source>Produk pelayanan</source>
        <translation>Service product</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="23"/>
        <source>Penanganan pengaduan, saran dan masukan</source>
        <translation>Handling of complaints, suggestions and feedback</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="26"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="27"/>
        <source>Sarana, prasarana dan/atau fasilitas</source>
        <translation>Facilities, infrastructure and/or equipment</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="28"/>
        <source>Kompetensi pelaksana</source>
        <translation>Staff competence</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="29"/>
        <source>Pengawasan internal</source>
        <translation>Internal supervision</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="30"/>
        <source>Jumlah pelaksana</source>
        <translation>Number of staff</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="31"/>
        <source>Jaminan pelayanan</source>
        <translation>Service guarantee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="32"/>
        <source>Jaminan keamanan dan keselamatan pelayanan</source>
        <translation>Service security and safety guarantee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="33"/>
        <source>Evaluasi kinerja pelaksana</source>
        <translation>Staff performance evaluation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="45"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="46"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="47"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="88"/>
        <source>%1 hari kerja</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="103"/>
        <source>Versi %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="104"/>
        <source>berlaku sejak %1</source>
        <translation>effective from %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="107"/>
        <source>SK nomor %1</source>
        <translation>decree no. %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="109"/>
        <source>tanggal %1</source>
        <translation>dated %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="112"/>
        <source>Nomor SK belum diisi</source>
        <translation>Decree number not filled in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/parts.py" line="119"/>
        <source>Catatan perubahan</source>
        <translation>Change note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="92"/>
        <source>Cari layanan (kode, nama, kategori)… Ctrl+F</source>
        <translation>Search services (code, name, category)… Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="124"/>
        <source>&amp;Versi:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="126"/>
        <source>&amp;Ubah standar…</source>
        <translation>&amp;Edit standard…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="130"/>
        <source>&amp;Cetak lembar standar</source>
        <translation>&amp;Print standard sheet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="133"/>
        <source>&amp;Simpan sebagai PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="134"/>
        <source>&amp;Cetak ke printer…</source>
        <translation>&amp;Print on a printer…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="152"/>
        <source>Komponen &amp;publik</source>
        <translation>&amp;Public components</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="153"/>
        <source>Komponen &amp;internal</source>
        <translation>&amp;Internal components</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="224"/>
        <source>%1 dari %2 layanan</source>
        <translation>%1 of %2 services</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="249"/>
        <source>Versi %1 — berlaku %2</source>
        <translation>Version %1 — effective %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="252"/>
        <source>(berlaku sekarang)</source>
        <translation>(in force now)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="254"/>
        <source>(belum berlaku)</source>
        <translation>(not yet in force)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="280"/>
        <source>Komponen standar pelayanan yang terkait dengan proses penyampaian pelayanan</source>
        <translation>Service standard components related to service delivery</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="283"/>
        <source>Komponen standar pelayanan yang terkait dengan proses pengelolaan pelayanan di internal</source>
        <translation>Service standard components related to internal service management</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="307"/>
        <source>Simpan lembar standar</source>
        <translation>Save standard sheet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="308"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="318"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/tab.py" line="333"/>
        <source>Cetak lembar standar</source>
        <translation>Print standard sheet</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desk_app/ui/password_dialog.py" line="26"/>
        <source>Ubah sandi saya</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/password_dialog.py" line="33"/>
        <source>Sandi &amp;lama:</source>
        <translation>&amp;Old password:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/password_dialog.py" line="34"/>
        <source>Sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/password_dialog.py" line="35"/>
        <source>&amp;Ulangi sandi baru:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/password_dialog.py" line="38"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/password_dialog.py" line="39"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/password_dialog.py" line="49"/>
        <source>Kedua sandi baru tidak sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/password_dialog.py" line="55"/>
        <source>Sandi diubah</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/password_dialog.py" line="55"/>
        <source>Sandi Anda sudah diubah.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>ComplaintActions</name>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="89"/>
        <source>Verifikasi pengaduan</source>
        <translation>Verify complaint</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="90"/>
        <source>Lengkap dan dalam kewenangan kantor? Bila bukan wewenang, gunakan Keluar jalur.</source>
        <translation>Complete and within the office&apos;s authority? If it is outside the office&apos;s authority, use Side exit.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="92"/>
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="96"/>
        <location filename="../../desk_app/ui/complaints/actions.py" line="115"/>
        <source>Perlu pemeriksaan (batas jawaban 60 hari kerja)</source>
        <translation>Needs investigation (reply deadline 60 working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="98"/>
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="105"/>
        <source>Disposisi pengaduan</source>
        <translation>Complaint disposition</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="106"/>
        <source>&amp;Unit tujuan:</source>
        <translation>Target &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="110"/>
        <source>&amp;Petugas:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="111"/>
        <source>(tanpa petugas tertentu)</source>
        <translation>(no particular officer)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="114"/>
        <source>&amp;Instruksi:</source>
        <translation>&amp;Instruction:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="123"/>
        <source>Catat tindak lanjut</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="124"/>
        <source>&amp;Tindakan:</source>
        <translation>&amp;Action taken:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="130"/>
        <source>Jawaban kepada pelapor</source>
        <translation>Reply to the complainant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="131"/>
        <source>Nomor surat resmi diberikan saat disimpan. Batas jawaban: %1.</source>
        <translation>The official letter number is assigned when saved. Reply deadline: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="133"/>
        <source>&amp;Isi jawaban:</source>
        <translation>Reply &amp;text:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="135"/>
        <source>&amp;Tanggal surat:</source>
        <translation>Letter &amp;date:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="142"/>
        <source>Selesaikan pengaduan</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="143"/>
        <source>&amp;Hasil:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="149"/>
        <source>Keluar jalur</source>
        <translation>Side exit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="150"/>
        <source>Ditunda dapat dilanjutkan kembali; bukan wewenang (dirujuk) dan diarsipkan hanya dapat diselesaikan.</source>
        <translation>A postponed complaint can be resumed; one outside the office&apos;s authority (referred) or archived can only be closed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="152"/>
        <source>&amp;Menjadi:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="156"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="159"/>
        <source>Pindahkan pengaduan ini ke &quot;%1&quot;?</source>
        <translation>Move this complaint to &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="168"/>
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="169"/>
        <source>Catatan disimpan di linimasa; isi pengaduan asli tidak berubah.</source>
        <translation>The note is kept in the timeline; the original complaint text does not change.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/actions.py" line="170"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="84"/>
        <source>Detail pengaduan</source>
        <translation>Complaint details</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="89"/>
        <source>Data pengaduan</source>
        <translation>Complaint data</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="94"/>
        <source>Isi pengaduan (asli, tidak dapat diubah)</source>
        <translation>Complaint text (original, cannot be changed)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="109"/>
        <source>&amp;Linimasa</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="110"/>
        <source>Jawaban dan &amp;hasil</source>
        <translation>Reply and &amp;outcome</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="115"/>
        <source>&amp;Tutup jendela</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="132"/>
        <source>&amp;Verifikasi</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="133"/>
        <source>&amp;Disposisi</source>
        <translation>&amp;Dispose</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="134"/>
        <source>Ti&amp;ndak lanjut</source>
        <translation>&amp;Follow up</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="135"/>
        <source>&amp;Jawab</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="136"/>
        <source>Selesai&amp;kan</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="137"/>
        <source>Keluar jal&amp;ur…</source>
        <translation>Side e&amp;xit…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="138"/>
        <source>Lanjutk&amp;an</source>
        <translation>Resu&amp;me</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="139"/>
        <source>&amp;Catatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="140"/>
        <source>Cetak &amp;surat jawaban</source>
        <translation>Print reply &amp;letter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="141"/>
        <source>Tampilkan &amp;identitas</source>
        <translation>Show &amp;identity</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="148"/>
        <source>Tanda te&amp;rima</source>
        <translation>Rece&amp;ipt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="149"/>
        <source>Cetak ulang tanda terima</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="187"/>
        <source>%1 (dibuka, tercatat di log audit)</source>
        <translation>%1 (revealed, recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="189"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="190"/>
        <source>Jenis / saluran</source>
        <translation>Kind / channel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="191"/>
        <source>Tiket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="192"/>
        <source>Pelapor</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="193"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="194"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="195"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="195"/>
        <source> · perlu pemeriksaan</source>
        <translation> · needs examination</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="196"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="197"/>
        <source>No. permohonan</source>
        <translation>Request no.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="198"/>
        <source>Disposisi ke</source>
        <translation>Disposed to</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="199"/>
        <source>Batas jawaban</source>
        <translation>Reply deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="217"/>
        <source>Belum ada jawaban.</source>
        <translation>No reply yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="218"/>
        <source>Surat %1, tanggal %2</source>
        <translation>Letter %1, dated %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="221"/>
        <source>Hasil penyelesaian: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="235"/>
        <source>Lanjutkan pengaduan</source>
        <translation>Resume complaint</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="235"/>
        <source>Alasan melanjutkan:</source>
        <translation>Reason for resuming:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="246"/>
        <source>Tampilkan identitas pelapor</source>
        <translation>Show the complainant&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="247"/>
        <source>Identitas pelapor dirahasiakan. Tuliskan alasan membukanya
(tercatat di log audit beserta nama Anda):</source>
        <translation>The complainant&apos;s identity is confidential. Write the reason for revealing it
(recorded in the audit log with your name):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="262"/>
        <source>Surat jawaban</source>
        <translation>Reply letter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="263"/>
        <source>Surat dikirim langsung kepada pelapor? Bila Ya, nama pelapor dicetak sebagai alamat surat; bila Tidak, surat dialamatkan kepada &quot;Pelapor Pengaduan Nomor …&quot;.</source>
        <translation>Is the letter sent directly to the complainant? If Yes, the complainant&apos;s name is printed as the addressee; if No, the letter is addressed to &quot;Complainant of Complaint Number …&quot;.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="269"/>
        <source>Cetak surat jawaban %1</source>
        <translation>Print reply letter %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="275"/>
        <source>Cetak tanda terima %1</source>
        <translation>Print receipt %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="279"/>
        <source>Cetak ke printer atau simpan sebagai PDF?</source>
        <translation>Print on a printer or save as PDF?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="281"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="282"/>
        <source>&amp;Simpan PDF</source>
        <translation>&amp;Save PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="283"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="112"/>
        <source>&amp;Bernama</source>
        <translation>&amp;Named</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="113"/>
        <source>&amp;Rahasia</source>
        <translation>&amp;Confidential</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="114"/>
        <source>An&amp;onim</source>
        <translation>An&amp;onymous</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="124"/>
        <source>Identitas dicatat dan terlihat oleh petugas</source>
        <translation>Identity recorded and visible to staff</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="125"/>
        <source>Identitas dicatat tetapi disembunyikan; membukanya perlu alasan dan tercatat di log audit</source>
        <translation>Identity recorded but hidden; revealing it needs a reason and is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="127"/>
        <source>Tidak ada identitas yang dicatat</source>
        <translation>No identity is recorded</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="130"/>
        <source>HP, telepon atau e-mail</source>
        <translation>Mobile, phone or e-mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="136"/>
        <source>(tidak terkait layanan tertentu)</source>
        <translation>(not related to a particular service)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="141"/>
        <source>boleh kosong, mis. PLY-2026-00012</source>
        <translation>may be empty, e.g. PLY-2026-00012</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="149"/>
        <source>Tulis isi pengaduan sesuai yang disampaikan pelapor. Setelah disimpan, isi ini tidak dapat diubah.</source>
        <translation>Write the complaint as the complainant put it. Once saved, this text cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="158"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="159"/>
        <source>&amp;Saluran:</source>
        <translation>Channe&amp;l:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="160"/>
        <source>&amp;Diterima tanggal:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="161"/>
        <source>Pelapor:</source>
        <translation>Complainant:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="163"/>
        <source>&amp;Kontak:</source>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="165"/>
        <source>Kate&amp;gori:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="143"/>
        <source>No&amp;mor tiket:</source>
        <translation>T&amp;icket number:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="162"/>
        <source>Nama p&amp;elapor:</source>
        <translation>Complainant&apos;s na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="164"/>
        <source>A&amp;lamat:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="166"/>
        <source>La&amp;yanan:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="167"/>
        <source>No. &amp;permohonan:</source>
        <translation>Re&amp;quest no.:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="169"/>
        <source>&amp;Isi pengaduan:</source>
        <translation>Complaint te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="176"/>
        <source>Simpan pengaduan (Ctrl+Enter)</source>
        <translation>Save complaint (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="178"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="185"/>
        <source>Belum ada pengaduan dicatat pada sesi ini.</source>
        <translation>No complaints recorded in this session yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="187"/>
        <source>Cetak tanda terima (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="189"/>
        <source>Simpan PDF (Ctrl+Shift+S)</source>
        <translation>Save PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="242"/>
        <source>wajib untuk %1</source>
        <translation>required for %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="272"/>
        <source>Perhatian</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="279"/>
        <source>Tercatat: &lt;b&gt;%1&lt;/b&gt;. Berikan tanda terima kepada pelapor.</source>
        <translation>Recorded: &lt;b&gt;%1&lt;/b&gt;. Give the receipt to the complainant.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/form.py" line="288"/>
        <source>Cetak tanda terima %1</source>
        <translation>Print receipt %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="23"/>
        <source>Catat pengaduan</source>
        <translation>Record complaint</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="24"/>
        <source>Daftar pengaduan</source>
        <translation>Complaint list</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="25"/>
        <source>Cari nomor pengaduan atau tiket (Ctrl+F)</source>
        <translation>Search complaint or ticket number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="48"/>
        <source>Semua tahap</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="49"/>
        <source>Belum selesai</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="53"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="57"/>
        <source>Semua saluran</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="60"/>
        <source>Semua periode</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="61"/>
        <source>Periode diterima: bulan, triwulan, semester atau tahun</source>
        <translation>Period received: month, quarter, half-year or year</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="63"/>
        <source>Hanya le&amp;wat batas</source>
        <translation>Overd&amp;ue only</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="71"/>
        <source>Muat ulang (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/tab.py" line="26"/>
        <source>Merah: lewat batas tahap · Kuning: batas hari ini/besok · Enter membuka pengaduan</source>
        <translation>Red: stage deadline passed · Yellow: due today/tomorrow · Enter opens the complaint</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="84"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="85"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="86"/>
        <source>Dipakai versi</source>
        <translation>Version used</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="89"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CorrectApplicantDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/correct_dialog.py" line="29"/>
        <source>Koreksi data pemohon %1</source>
        <translation>Correct applicant data %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/correct_dialog.py" line="47"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/correct_dialog.py" line="47"/>
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/correct_dialog.py" line="48"/>
        <source>&amp;Telepon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/correct_dialog.py" line="48"/>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/correct_dialog.py" line="49"/>
        <source>&amp;Lembaga:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/correct_dialog.py" line="50"/>
        <source>Alasan &amp;koreksi:</source>
        <translation>&amp;Reason for the correction:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/correct_dialog.py" line="52"/>
        <source>Nilai lama tetap tercatat di jejak audit bersama alasan ini, dan tercantum pada ekspor data pribadi.</source>
        <translation>The old values stay in the audit trail with this reason, and are listed in the personal data export.</translation>
    </message>
</context>
<context>
    <name>CutiBersamaSection</name>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="48"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="50"/>
        <source>Ambil &amp;usulan…</source>
        <translation>Take &amp;suggestions…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="51"/>
        <source>Tambahkan cuti bersama yang dikenal paket kalender libur untuk tahun ini</source>
        <translation>Add the collective leave days the holiday calendar package knows for this year</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="54"/>
        <source>&amp;Hapus…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="75"/>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="111"/>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="76"/>
        <source>T&amp;ambah tanggal</source>
        <translation>&amp;Add date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="80"/>
        <source>Tangga&amp;l:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="84"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="90"/>
        <source>Cuti bersama ditetapkan tiap tahun dengan SKB menteri; hari ini tidak dihitung sebagai hari kerja pada tenggat.</source>
        <translation>Collective leave days are set every year by a joint ministerial decree; they do not count as working days for deadlines.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="108"/>
        <source>Ketik tanggal cuti bersama (hhbbtttt, mis. 31122026).</source>
        <translation>Type the joint leave date (ddmmyyyy, e.g. 31122026).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="112"/>
        <source>Tambahkan %1 (%2) sebagai cuti bersama? Tanggal ini tidak dihitung sebagai hari kerja.</source>
        <translation>Add %1 (%2) as joint leave? This date will not count as a working day.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="131"/>
        <source>Pilih tanggal yang akan dihapus.</source>
        <translation>Choose the date to remove.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="133"/>
        <source>Hapus cuti bersama</source>
        <translation>Remove collective leave day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="134"/>
        <source>Alasan menghapus %1:</source>
        <translation>Reason for removing %1:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="152"/>
        <source>Tidak ada usulan baru untuk tahun %1.</source>
        <translation>No new suggestions for %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="155"/>
        <source>Tambahkan %1 tanggal berikut?

%2

Periksa dengan SKB cuti bersama tahun ini.</source>
        <translation>Add the following %1 dates?

%2

Check them against this year&apos;s joint decree on collective leave.</translation>
    </message>
</context>
<context>
    <name>CutiModel</name>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="33"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_section.py" line="35"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CutiOfferDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_offer.py" line="34"/>
        <source>Cuti bersama %1</source>
        <translation>Joint leave %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_offer.py" line="36"/>
        <source>Belum ada cuti bersama tahun %1. Usulan berikut berasal dari SKB cuti bersama; hapus centang tanggal yang tidak berlaku, lalu simpan. Tanggal tersimpan tidak dihitung sebagai hari kerja pada tenggat.</source>
        <translation>No joint leave is recorded for %1 yet. The days below are suggested from the joint ministerial decree; untick any that do not apply, then save. Saved days do not count as working days in deadlines.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_offer.py" line="49"/>
        <source>&amp;Simpan tanggal tercentang</source>
        <translation>&amp;Save ticked days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/cuti_offer.py" line="51"/>
        <source>&amp;Nanti saja</source>
        <translation>&amp;Not now</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../desk_app/ui/text.py" line="21"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="21"/>
        <source>Diproses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="22"/>
        <source>Selesai (siap diambil)</source>
        <translation>Done (ready for collection)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="22"/>
        <source>Diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="23"/>
        <source>Ditolak</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="23"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="24"/>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="24"/>
        <source>Sistem, mekanisme dan prosedur</source>
        <translation>System, mechanism and procedure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="25"/>
        <source>Waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="25"/>
        <source>Biaya/tarif</source>
        <translation>Cost/fee</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="26"/>
        <source>Produk spesifikasi jenis pelayanan</source>
        <translation>Service product specification</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="27"/>
        <source>Kompetensi pelaksana</source>
        <translation>Staff competence</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="27"/>
        <source>Perilaku pelaksana</source>
        <translation>Staff conduct</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="28"/>
        <source>Penanganan pengaduan, saran dan masukan</source>
        <translation>Handling of complaints, suggestions and feedback</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="29"/>
        <source>Sarana dan prasarana</source>
        <translation>Facilities and infrastructure</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="30"/>
        <source>Tidak sesuai</source>
        <translation>Not appropriate</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="30"/>
        <source>Kurang sesuai</source>
        <translation>Less appropriate</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="31"/>
        <source>Sesuai</source>
        <translation>Appropriate</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="31"/>
        <source>Sangat sesuai</source>
        <translation>Very appropriate</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="32"/>
        <source>Tidak mudah</source>
        <translation>Not easy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="32"/>
        <source>Kurang mudah</source>
        <translation>Less easy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="33"/>
        <source>Mudah</source>
        <translation>Easy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="33"/>
        <source>Sangat mudah</source>
        <translation>Very easy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="34"/>
        <source>Tidak cepat</source>
        <translation>Not fast</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="34"/>
        <source>Kurang cepat</source>
        <translation>Less fast</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="35"/>
        <source>Cepat</source>
        <translation>Fast</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="35"/>
        <source>Sangat cepat</source>
        <translation>Very fast</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="36"/>
        <source>Sangat mahal</source>
        <translation>Very expensive</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="36"/>
        <source>Cukup mahal</source>
        <translation>Fairly expensive</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="37"/>
        <source>Murah</source>
        <translation>Cheap</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="37"/>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="38"/>
        <source>Tidak kompeten</source>
        <translation>Not competent</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="38"/>
        <source>Kurang kompeten</source>
        <translation>Less competent</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="39"/>
        <source>Kompeten</source>
        <translation>Competent</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="39"/>
        <source>Sangat kompeten</source>
        <translation>Very competent</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="40"/>
        <source>Tidak sopan dan ramah</source>
        <translation>Not polite and friendly</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="40"/>
        <source>Kurang sopan dan ramah</source>
        <translation>Less polite and friendly</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="41"/>
        <source>Sopan dan ramah</source>
        <translation>Polite and friendly</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="41"/>
        <source>Sangat sopan dan ramah</source>
        <translation>Very polite and friendly</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="42"/>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="42"/>
        <source>Ada tetapi tidak berfungsi</source>
        <translation>Exists but does not work</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="43"/>
        <source>Berfungsi kurang maksimal</source>
        <translation>Works, not fully</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="43"/>
        <source>Dikelola dengan baik</source>
        <translation>Well managed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="44"/>
        <source>Buruk</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="44"/>
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="45"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="45"/>
        <source>Sangat baik</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="46"/>
        <source>Swasta</source>
        <translation>Private sector</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="46"/>
        <source>Wirausaha</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="47"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../desk_app/ui/text.py" line="104"/>
        <source>%1 hari</source>
        <comment>satu</comment>
        <translation>%1 day</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="105"/>
        <source>%1 hari</source>
        <comment>banyak</comment>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="107"/>
        <source>%1 jam</source>
        <comment>satu</comment>
        <translation>%1 hour</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="108"/>
        <source>%1 jam</source>
        <comment>banyak</comment>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="110"/>
        <source>%1 menit</source>
        <comment>satu</comment>
        <translation>%1 minute</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/text.py" line="111"/>
        <source>%1 menit</source>
        <comment>banyak</comment>
        <translation>%1 minutes</translation>
    </message>
</context>
<context>
    <name>ElementsModel</name>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="41"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="42"/>
        <source>Unsur</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="43"/>
        <source>Jawaban</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="45"/>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="46"/>
        <source>Nilai (NRR × 25)</source>
        <translation>Score (NRR × 25)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="48"/>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="124"/>
        <source>Kartu kantor ini</source>
        <translation>This office&apos;s card</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="131"/>
        <source>&amp;Simpan kartu kantor…</source>
        <translation>&amp;Save office card…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="133"/>
        <source>&amp;Ganti kunci kantor…</source>
        <translation>Re&amp;place office key…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="142"/>
        <source>Kantor yang terdaftar di sini</source>
        <translation>Offices enrolled here</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="156"/>
        <source>&amp;Daftarkan kartu kantor lain…</source>
        <translation>&amp;Enrol another office&apos;s card…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="158"/>
        <source>&amp;Cabut pendaftaran…</source>
        <translation>Re&amp;voke enrolment…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="173"/>
        <source>%1 — %2. Sidik jari kunci kantor ini:</source>
        <translation>%1 — %2. Fingerprint of this office&apos;s key:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="180"/>
        <source>Simpan kartu kantor</source>
        <translation>Save office card</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="181"/>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="196"/>
        <source>Kartu kantor (*.json)</source>
        <translation>Office card (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="191"/>
        <source>Kartu kantor tersimpan: %1
Sidik jari: %2</source>
        <translation>Office card saved: %1
Fingerprint: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="195"/>
        <source>Buka kartu kantor</source>
        <translation>Open office card</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="212"/>
        <source>Kantor %1 terdaftar.</source>
        <translation>Office %1 enrolled.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="213"/>
        <source>Kunci kantor %1 diganti; kunci lama dicabut.</source>
        <translation>The key of office %1 was replaced; the old key is revoked.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="214"/>
        <source>Kantor %1 sudah terdaftar dengan kunci ini.</source>
        <translation>Office %1 is already enrolled with this key.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="220"/>
        <source>Pilih dulu kantor yang akan dicabut pendaftarannya.</source>
        <translation>First choose the office whose enrolment is to be revoked.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="223"/>
        <source>Cabut pendaftaran</source>
        <translation>Revoke enrolment</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="224"/>
        <source>Alasan mencabut pendaftaran kantor %1:</source>
        <translation>Reason for revoking the enrolment of office %1:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="236"/>
        <source>Buat kunci kantor baru? Kunci lama dicabut; setiap kantor yang mendaftarkan kantor ini harus mendaftarkan kartu barunya, dan bundel untuk kunci lama tidak dapat dibuka.</source>
        <translation>Create a new office key? The old key is revoked; every office that has enrolled this office must enrol its new card, and bundles made for the old key can no longer be opened.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="239"/>
        <source>Ganti kunci kantor</source>
        <translation>Replace office key</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="239"/>
        <source>Alasan (mis. kunci hilang):</source>
        <translation>Reason (e.g. key lost):</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="33"/>
        <source>Persiapan pertama — Loket Prima</source>
        <translation>First-time setup — Loket Prima</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="36"/>
        <source>Basis data ini masih kosong. Isi identitas kantor dan buat akun admin pertama; katalog layanan dimuat otomatis. Semuanya dapat diubah nanti di tab Admin.</source>
        <translation>This database is still empty. Enter the office&apos;s identity and create the first admin account; the service catalogue is loaded automatically. Everything can be changed later in the Admin tab.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="53"/>
        <source>WIB (Asia/Jakarta)</source>
        <translation>WIB (Asia/Jakarta)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="53"/>
        <source>WITA (Asia/Makassar)</source>
        <translation>WITA (Asia/Makassar)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="54"/>
        <source>WIT (Asia/Jayapura)</source>
        <translation>WIT (Asia/Jayapura)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="58"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="60"/>
        <source>&amp;Kode kantor:</source>
        <translation>Office &amp;code:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="61"/>
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="62"/>
        <source>&amp;Unit/bidang:</source>
        <translation>&amp;Unit/division:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="63"/>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="64"/>
        <source>Ko&amp;ta:</source>
        <translation>Ci&amp;ty:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="65"/>
        <source>Kode &amp;surat:</source>
        <translation>&amp;Letter code:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="66"/>
        <source>&amp;Kop surat (satu baris per baris):</source>
        <translation>Letter&amp;head (one line per line):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="67"/>
        <source>&amp;Zona waktu:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="72"/>
        <source>18 digit, boleh kosong</source>
        <translation>18 digits, may be left empty</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="77"/>
        <source>Akun admin pertama</source>
        <translation>First admin account</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="79"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="80"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="81"/>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="82"/>
        <source>San&amp;di (min. 8 karakter):</source>
        <translation>Pass&amp;word (min. 8 characters):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="83"/>
        <source>&amp;Ulangi sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="87"/>
        <source>&amp;Simpan dan mulai</source>
        <translation>&amp;Save and start</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="88"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run_dialog.py" line="116"/>
        <source>Kedua sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="96"/>
        <source>&amp;Periode SKM</source>
        <translation>SKM &amp;period</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="117"/>
        <source>&amp;Tambah butir…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="118"/>
        <source>Catat &amp;kemajuan…</source>
        <translation>Record pro&amp;gress…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="119"/>
        <source>&amp;Batalkan butir…</source>
        <translation>&amp;Cancel item…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="120"/>
        <source>&amp;Laporan SKM (PDF/Word)…</source>
        <translation>SKM &amp;report (PDF/Word)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="121"/>
        <source>P&amp;oster…</source>
        <translation>P&amp;oster…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="157"/>
        <source>Unsur terlemah periode ini (usulan prioritas): %1</source>
        <translation>Weakest element this period (suggested priority): %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="159"/>
        <source>Belum ada formulir survei pada periode ini.</source>
        <translation>No survey forms in this period yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="188"/>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="208"/>
        <source>Pilih dulu butir rencana pada tabel.</source>
        <translation>First choose a plan item in the table.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="193"/>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="198"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="193"/>
        <source>Kemajuan:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="198"/>
        <source>Catatan (boleh kosong):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="210"/>
        <source>Batalkan butir</source>
        <translation>Cancel item</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="210"/>
        <source>Alasan pembatalan:</source>
        <translation>Reason for cancelling:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="71"/>
        <source>&amp;No. formulir</source>
        <translation>Form &amp;no.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="72"/>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="77"/>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="80"/>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="83"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="72"/>
        <source>L — laki-laki</source>
        <translation>L — male</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="73"/>
        <source>P — perempuan</source>
        <translation>P — female</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="74"/>
        <source>&amp;Jenis kelamin</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="79"/>
        <source>&amp;Umur</source>
        <translation>&amp;Age</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="82"/>
        <source>&amp;Pendidikan</source>
        <translation>&amp;Education</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="85"/>
        <source>P&amp;ekerjaan</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="88"/>
        <source>— dilewati</source>
        <translation>— skipped</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="96"/>
        <source>&amp;Saran</source>
        <translation>&amp;Suggestion</translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="46"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="47"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="48"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="49"/>
        <source>Pend.</source>
        <translation>Educ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="50"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="51"/>
        <source>Saran</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="204"/>
        <source>Serahkan ke rekan</source>
        <translation>Hand over to a colleague</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="212"/>
        <source>&amp;Kepada:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="213"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="216"/>
        <source>Serahkan</source>
        <translation>Hand over</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="290"/>
        <source>Impor survei ditolak</source>
        <translation>Survey import refused</translation>
    </message>
</context>
<context>
    <name>KeyInputDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="72"/>
        <source>Cadangan kunci kantor</source>
        <translation>Office key backup</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="77"/>
        <source>Berkas &amp;kunci</source>
        <translation>&amp;Key file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="78"/>
        <source>Kode &amp;pemulihan (dari kertas)</source>
        <translation>&amp;Recovery code (from paper)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="81"/>
        <source>Pi&amp;lih…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="92"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="93"/>
        <source>Kata &amp;sandi:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="100"/>
        <source>Pulihkan &amp;tanpa kunci…</source>
        <translation>Restore &amp;without the key…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="108"/>
        <source>Pilih berkas kunci kantor</source>
        <translation>Choose the office key file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="109"/>
        <source>Kunci kantor (*.lpkey *.json)</source>
        <translation>Office key (*.lpkey *.json)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="115"/>
        <source>Tanpa kunci kantor, identitas pelapor rahasia dalam cadangan ini tidak dapat dibuka sampai kuncinya dipasang. Tetap pulihkan?</source>
        <translation>Without the office key, the identities of confidential complainants in this backup cannot be opened until the key is installed. Restore anyway?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="125"/>
        <source>Pilih berkas kunci kantor.</source>
        <translation>Choose the office key file.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk_app.py" line="27"/>
        <source>Tutup kiosk</source>
        <translation>Close kiosk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk_app.py" line="27"/>
        <source>Sandi petugas %1 untuk menutup kiosk:</source>
        <translation>Password of officer %1 to close the kiosk:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk_app.py" line="86"/>
        <source>Basis data belum disiapkan: jalankan aplikasi utama dulu.</source>
        <translation>The database is not set up yet: run the main application first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk_app.py" line="92"/>
        <source>Kiosk dibuka oleh petugas loket atau kepala seksi.</source>
        <translation>The kiosk is opened by a counter officer or the head of section.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="156"/>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="159"/>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public Satisfaction Survey</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="160"/>
        <source>Silakan menunggu petugas. Terima kasih.</source>
        <translation>Please wait for the officer. Thank you.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="169"/>
        <source>Terima kasih!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="170"/>
        <source>Jawaban Anda membantu kami memperbaiki pelayanan.</source>
        <translation>Your answers help us improve our service.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="192"/>
        <source>Bagaimana pelayanan kami hari ini?</source>
        <translation>How was our service today?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="194"/>
        <source>Survei ini tanpa nama: jawaban Anda tidak dapat dihubungkan dengan diri Anda maupun permohonan Anda. Jawab dengan menekan wajah atau tombol 1–4.</source>
        <translation>This survey is anonymous: your answers cannot be linked to you or to your request. Answer by pressing a face or the keys 1–4.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="211"/>
        <source>Mulai (Enter)</source>
        <translation>Start (Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="228"/>
        <source>Pelindungan data pribadi</source>
        <translation>Personal data protection</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="251"/>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="256"/>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="260"/>
        <source>(tidak diisi)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="252"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="253"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="265"/>
        <source>Saran untuk perbaikan pelayanan (boleh kosong)</source>
        <translation>Suggestions to improve our service (optional)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="267"/>
        <source>Jenis kelamin</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="267"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="268"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="268"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="269"/>
        <source>Saran</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="272"/>
        <source>Kirim (Enter)</source>
        <translation>Send (Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="279"/>
        <source>Tentang Anda (boleh dilewati)</source>
        <translation>About you (you may skip this)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="47"/>
        <source>Masuk — Loket Prima</source>
        <translation>Log in — Loket Prima</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="50"/>
        <source>Loket Prima</source>
        <translation>Loket Prima</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="65"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="67"/>
        <source>&amp;Sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="81"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="83"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="87"/>
        <source>Versi %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login_dialog.py" line="133"/>
        <source>Isi nama pengguna.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="103"/>
        <source>Loket Prima — %1</source>
        <translation>Loket Prima — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="193"/>
        <source>&amp;Aplikasi</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="194"/>
        <source>&amp;Ubah sandi saya…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="196"/>
        <source>&amp;Keluar akun</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="199"/>
        <source>&amp;Tutup aplikasi</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="207"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="208"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="221"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="222"/>
        <source>&amp;Pintasan papan ketik</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="225"/>
        <source>Buka folder &amp;log</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="227"/>
        <source>&amp;Tentang Loket Prima</source>
        <translation>&amp;About Loket Prima</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="236"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="153"/>
        <source>Tab %1 tidak dapat dibuka; rinciannya ada di berkas log.</source>
        <translation>Tab %1 could not be opened; the details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="76"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="274"/>
        <source>Keluar akun</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="274"/>
        <source>Tutup aplikasi</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="275"/>
        <location filename="../../desk_app/ui/main_window.py" line="276"/>
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="283"/>
        <source>Tentang Loket Prima</source>
        <translation>About Loket Prima</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="284"/>
        <source>&lt;b&gt;Loket Prima %1&lt;/b&gt;&lt;br&gt;Aplikasi loket pelayanan publik: standar pelayanan, SOP, permohonan, pengaduan dan survei kepuasan masyarakat.&lt;br&gt;&lt;br&gt;Basis data: %3&lt;br&gt;Folder log: %2</source>
        <translation>&lt;b&gt;Loket Prima %1&lt;/b&gt;&lt;br&gt;Front-desk application for public services: service standards, SOPs, requests, complaints and public satisfaction surveys.&lt;br&gt;&lt;br&gt;Database: %3&lt;br&gt;Log folder: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs.py" line="26"/>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs.py" line="28"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs.py" line="30"/>
        <source>Survei</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs.py" line="32"/>
        <source>Standar Pelayanan</source>
        <translation>Service Standards</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs.py" line="34"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs.py" line="36"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs.py" line="38"/>
        <source>Pekerjaan Saya</source>
        <translation>My Work</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="110"/>
        <source>Pemetaan kolom impor survei</source>
        <translation>Survey import column mapping</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="114"/>
        <source>Beberapa kolom berkas %1 belum dikenali. Pilih isi setiap kolom (kolom yang tidak dipakai: “abaikan”). Tanggal, Layanan dan U1–U9 wajib. Pemetaan ini diingat untuk berkas dengan judul kolom yang sama.</source>
        <translation>Some columns of file %1 were not recognised. Choose what each column holds (for columns not used: “ignore”). Date, Service and U1–U9 are required. This mapping is remembered for files with the same column headings.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="125"/>
        <source>&amp;Baris judul kolom</source>
        <translation>&amp;Heading row</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="129"/>
        <source>&amp;Nama pemetaan</source>
        <translation>Mapping &amp;name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="130"/>
        <source>Tanpa kolom Tanggal/Layanan</source>
        <translation>No Date/Service column</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="135"/>
        <source>Pratinjau baris pertama seperti yang akan dibaca (✗ = tidak dapat dibaca):</source>
        <translation>Preview of the first rows as they will be read (✗ = cannot be read):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="145"/>
        <source>&amp;Lanjut</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="155"/>
        <source>&amp;Tanggal semua baris:</source>
        <translation>&amp;Date for all rows:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="165"/>
        <source>Layanan dari kolom berkas</source>
        <translation>Service from a file column</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="168"/>
        <source>Semua baris: %1</source>
        <translation>All rows: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="173"/>
        <source>&amp;Layanan:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="197"/>
        <source>(tanpa judul, kolom %1)</source>
        <translation>(no heading, column %1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="199"/>
        <source>Kolom berkas</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="199"/>
        <source>Isi sebagai</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="200"/>
        <source>Contoh isi</source>
        <translation>Sample content</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="204"/>
        <source>— abaikan —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="241"/>
        <source>Belum ada kolom untuk: %1.</source>
        <translation>No column chosen yet for: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="244"/>
        <source>Dipilih lebih dari sekali: %1.</source>
        <translation>Chosen more than once: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_mapping.py" line="247"/>
        <source>Nama pemetaan wajib diisi.</source>
        <translation>The mapping name is required.</translation>
    </message>
</context>
<context>
    <name>MismatchDialog</name>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="182"/>
        <source>Perbandingan entri ganda</source>
        <translation>Double-entry comparison</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="202"/>
        <source>Pakai entri &amp;1</source>
        <translation>Use entry &amp;1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="203"/>
        <source>Pakai entri &amp;2</source>
        <translation>Use entry &amp;2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="204"/>
        <source>&amp;Isi sesuai kertas…</source>
        <translation>&amp;Enter as on paper…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="205"/>
        <source>Formulir tidak &amp;ada</source>
        <translation>Form &amp;missing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="206"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="226"/>
        <source>%1 formulir berbeda antara entri 1 dan entri 2. Batch belum dihitung.</source>
        <translation>%1 forms differ between entry 1 and entry 2. The batch is not counted yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="231"/>
        <source>Batch sudah dihitung.</source>
        <translation>The batch is counted.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="232"/>
        <source>Batch belum dihitung (entri kedua belum ada).</source>
        <translation>The batch is not counted yet (no second entry).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="233"/>
        <source>Tidak ada perbedaan. </source>
        <translation>No differences. </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="259"/>
        <source>Semua perbedaan sudah diselesaikan; batch dihitung.</source>
        <translation>All differences resolved; the batch is counted.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="271"/>
        <source>Isi sesuai kertas no. %1</source>
        <translation>Enter as on paper no. %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="280"/>
        <source>Formulir no. %1 tidak ada pada tumpukan kertas? Kedua ketikannya dibatalkan.</source>
        <translation>Form no. %1 is not in the paper stack? Both typed entries are voided.</translation>
    </message>
</context>
<context>
    <name>MismatchListModel</name>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="137"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="138"/>
        <source>Berbeda</source>
        <translation>Different</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="130"/>
        <source>tidak ada di entri 1</source>
        <translation>missing in entry 1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="132"/>
        <source>tidak ada di entri 2</source>
        <translation>missing in entry 2</translation>
    </message>
</context>
<context>
    <name>MyWorkTab</name>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="142"/>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="140"/>
        <source>Buka &amp;permohonan</source>
        <translation>Open &amp;request</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="144"/>
        <source>Alih&amp;kan semua pekerjaan…</source>
        <translation>Reassign all &amp;work…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="170"/>
        <source>%1 langkah menunggu, %2 melewati waktu baku.</source>
        <translation>%1 steps waiting, %2 over the standard time.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="194"/>
        <source>Alihkan semua permohonan terbuka milik %1 kepada %2?</source>
        <translation>Reassign all open requests of %1 to %2?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="205"/>
        <source>%1 permohonan dialihkan.</source>
        <translation>%1 requests reassigned.</translation>
    </message>
</context>
<context>
    <name>NoticeEditor</name>
    <message>
        <location filename="../../desk_app/ui/admin/notice_editor.py" line="41"/>
        <source>Boleh memakai {office} (nama kantor), {years} (masa simpan data, tahun) dan {contact} (loket dan nomor WhatsApp/telepon).</source>
        <translation>You may use {office} (the office name), {years} (the data retention period, in years) and {contact} (the counter and the WhatsApp/telephone number).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/notice_editor.py" line="45"/>
        <source>Kembalikan ke teks ba&amp;waan</source>
        <translation>Restore default te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/notice_editor.py" line="65"/>
        <source>Pratinjau seperti tercetak pada tanda terima dan kiosk:</source>
        <translation>Preview as printed on the receipts and shown on the kiosk:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/notice_editor.py" line="90"/>
        <source>%1 dari %2 karakter, %3 dari %4 baris</source>
        <translation>%1 of %2 characters, %3 of %4 lines</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/notice_editor.py" line="97"/>
        <source>Tidak dikenal, tercetak apa adanya: %1</source>
        <translation>Unknown, printed as typed: %1</translation>
    </message>
</context>
<context>
    <name>OfficeKeyPanel</name>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="179"/>
        <source>Kunci kantor membuka identitas pelapor rahasia dan menandatangani kiriman data. Kunci itu tidak ikut dalam cadangan basis data: tanpa cadangan kunci, identitas tersebut tidak dapat dibuka lagi di PC baru. Simpan berkas kunci di media terpisah (bukan di samping cadangan) atau cetak kode pemulihan dan simpan di brankas.</source>
        <translation>The office key opens the identities of confidential complainants and signs data bundles. It is not part of the database backup: without a key backup those identities cannot be opened again on a new PC. Keep the key file on separate media (not next to the backups) or print the recovery code and keep it in the safe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="185"/>
        <source>&amp;Simpan berkas kunci…</source>
        <translation>&amp;Save key file…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="186"/>
        <source>Tampilkan &amp;kode pemulihan…</source>
        <translation>Show &amp;recovery code…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="187"/>
        <source>&amp;Pasang kunci dari cadangan…</source>
        <translation>&amp;Install key from backup…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="205"/>
        <source>Kantor ini belum mempunyai kunci kantor.</source>
        <translation>This office has no office key yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="207"/>
        <source>Kunci kantor %1 ada di PC ini.</source>
        <translation>Office key %1 is on this PC.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="210"/>
        <source>Kunci kantor %1 TIDAK ada di PC ini: pasang dari cadangan kunci.</source>
        <translation>Office key %1 is NOT on this PC: install it from the key backup.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="220"/>
        <source>Simpan berkas kunci kantor</source>
        <translation>Save the office key file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="221"/>
        <source>Kunci kantor (*.lpkey *.json)</source>
        <translation>Office key (*.lpkey *.json)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="225"/>
        <source>Pasang kunci kantor ini dari berkas kunci atau kode pemulihan.</source>
        <translation>Install this office&apos;s key from the key file or the recovery code.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="238"/>
        <source>Berkas kunci (%1 kunci) tersimpan di %2. Pindahkan ke media terpisah, jangan disimpan di samping cadangan basis data.</source>
        <translation>Key file (%1 keys) saved to %2. Move it to separate media; do not keep it next to the database backups.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="243"/>
        <source>Kode pemulihan memuat kunci rahasia kantor. Pastikan tidak ada orang lain yang melihat layar. Tampilkan? (Tercatat di log audit.)</source>
        <translation>The recovery code holds the office&apos;s private keys. Make sure nobody else can see the screen. Show it? (Recorded in the audit log.)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="263"/>
        <source>Kunci kantor terpasang di PC ini.</source>
        <translation>The office key is installed on this PC.</translation>
    </message>
</context>
<context>
    <name>OfficeSection</name>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="234"/>
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="234"/>
        <source>&amp;Unit/bidang:</source>
        <translation>&amp;Unit/division:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="235"/>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="235"/>
        <source>Ko&amp;ta:</source>
        <translation>Ci&amp;ty:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="236"/>
        <source>Telep&amp;on:</source>
        <translation>Ph&amp;one:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="236"/>
        <source>Sur&amp;el:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="242"/>
        <source>Kop su&amp;rat (satu baris per baris; baris huruf kapital dicetak tebal):</source>
        <translation>Letter&amp;head (one line per line; upper-case lines are printed bold):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="245"/>
        <source>Pratinjau kop:</source>
        <translation>Letterhead preview:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="237"/>
        <source>&amp;Laman:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="237"/>
        <source>Kode s&amp;urat:</source>
        <translation>&amp;Letter code:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="239"/>
        <source>Kode kantor:</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="248"/>
        <source>&amp;Zona waktu:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="249"/>
        <source>&amp;Simpan identitas kantor</source>
        <translation>&amp;Save office identity</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="281"/>
        <source>Identitas kantor tersimpan. Kop surat baru dipakai pada dokumen berikutnya.</source>
        <translation>Office identity saved. The new letterhead is used on the next documents.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="36"/>
        <source>Kata sandi berkas kunci</source>
        <translation>Key file passphrase</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="42"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="43"/>
        <source>&amp;Ulangi:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="44"/>
        <source>Paling sedikit %1 karakter. Catat di tempat yang aman, terpisah dari berkasnya: tanpa kata sandi ini berkas kunci tidak dapat dipakai.</source>
        <translation>At least %1 characters. Write it down somewhere safe, apart from the file: without this passphrase the key file cannot be used.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desk_app/ui/period_picker.py" line="31"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/period_picker.py" line="32"/>
        <source>Triwulan</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/period_picker.py" line="33"/>
        <source>Semester</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/period_picker.py" line="34"/>
        <source>Tahunan</source>
        <translation>Yearly</translation>
    </message>
</context>
<context>
    <name>PersonModel</name>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="50"/>
        <source>Permohonan</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="51"/>
        <source>Data pemohon</source>
        <translation>Applicant record</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="52"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="53"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="54"/>
        <source>Langkah SOP</source>
        <translation>SOP step</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="55"/>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="56"/>
        <source>Koreksi</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="89"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="91"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="92"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="94"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="95"/>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="106"/>
        <source>Semua data yang disimpan kantor tentang satu orang menurut NIK: permohonan, tanda terima, catatan, pengaduan bernama dan koreksi (UU 27/2022). Formulir survei dan identitas pelapor rahasia tidak pernah disertakan. Setiap pencarian dan ekspor dicatat di jejak audit.</source>
        <translation>Everything the office holds on one person, by NIK: requests, receipts, notes, named complaints and corrections (UU 27/2022). Survey forms and confidential complainants&apos; identities are never included. Every search and export is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="114"/>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="116"/>
        <source>NIK pe&amp;milik data:</source>
        <translation>NIK of the data o&amp;wner:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="118"/>
        <source>&amp;Cari</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="120"/>
        <source>&amp;Ekspor PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="122"/>
        <source>Ekspor &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="178"/>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="180"/>
        <source>Mencari data pribadi</source>
        <translation>Searching personal data</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="185"/>
        <source>Tidak ada data tersimpan untuk NIK %1 di kantor ini.</source>
        <translation>No data held for NIK %1 at this office.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="189"/>
        <source>NIK %1: %2 permohonan, %3 pengaduan bernama, %4 tanda terima, %5 catatan, %6 koreksi.</source>
        <translation>NIK %1: %2 requests, %3 named complaints, %4 receipts, %5 notes, %6 corrections.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="214"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="214"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="215"/>
        <source>Simpan data pribadi</source>
        <translation>Save personal data</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="227"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="229"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/person_panel.py" line="230"/>
        <source>Mengekspor data pribadi</source>
        <translation>Exporting personal data</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="57"/>
        <source>Butir rencana tindak lanjut</source>
        <translation>Follow-up plan item</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="61"/>
        <source> (usulan)</source>
        <translation> (suggested)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="67"/>
        <source>Triwulan %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="73"/>
        <source>&amp;Unsur</source>
        <translation>&amp;Element</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="74"/>
        <source>&amp;Program/kegiatan</source>
        <translation>&amp;Programme/activity</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="75"/>
        <source>Waktu</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="76"/>
        <source>Penanggung &amp;jawab</source>
        <translation>Person in &amp;charge</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="40"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="41"/>
        <source>Unsur</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="43"/>
        <source>Program/kegiatan</source>
        <translation>Programme/activity</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="44"/>
        <source>Waktu</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="45"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="46"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/followup_page.py" line="48"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PreviewCountsModel</name>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="41"/>
        <source>Kantor</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="42"/>
        <source>Penomoran</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="43"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="44"/>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="45"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="46"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="47"/>
        <source>Standar pelayanan</source>
        <translation>Service standards</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="48"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="49"/>
        <source>Revisi SOP</source>
        <translation>SOP revisions</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="50"/>
        <source>Langkah SOP</source>
        <translation>SOP steps</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="51"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="52"/>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="53"/>
        <source>Riwayat permohonan</source>
        <translation>Request history</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="54"/>
        <source>Langkah permohonan</source>
        <translation>Request steps</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="55"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="56"/>
        <source>Riwayat pengaduan</source>
        <translation>Complaint history</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="57"/>
        <source>Batch survei</source>
        <translation>Survey batches</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="58"/>
        <source>Kuesioner SKM</source>
        <translation>SKM questionnaires</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="59"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="74"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="75"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="77"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/bundles_panel.py" line="79"/>
        <source>Sama</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="42"/>
        <source>Pratinjau impor survei</source>
        <translation>Survey import preview</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="52"/>
        <source>Semua formulir baru</source>
        <translation>All new forms</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="54"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="54"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="54"/>
        <source>Formulir</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="55"/>
        <source>IKM sendiri</source>
        <translation>Own IKM</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="55"/>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="67"/>
        <source>&amp;Impor %1 formulir</source>
        <translation>&amp;Import %1 form(s)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="68"/>
        <source>Ubah &amp;pemetaan kolom…</source>
        <translation>Change column &amp;mapping…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="78"/>
        <source>Berkas %1, baris judul kolom %2%3.</source>
        <translation>File %1, heading row %2%3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="80"/>
        <source>, pemetaan “%1”</source>
        <translation>, mapping “%1”</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="82"/>
        <source>%1 formulir baru akan ditambahkan; belum ada yang disimpan.</source>
        <translation>%1 new form(s) will be added; nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="85"/>
        <source>%1 baris sudah pernah diimpor dan dilewati.</source>
        <translation>%1 row(s) were imported before and are skipped.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="88"/>
        <source>%1 baris jumlah/rata-rata/NRR di bawah rekap dilewati.</source>
        <translation>%1 total/average/NRR row(s) below the summary are skipped.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="93"/>
        <source>Jumlah pada berkas tidak cocok dengan barisnya</source>
        <translation>The totals in the file do not match its rows</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="99"/>
        <source>Saya sudah memeriksa berkasnya; impor &amp;tetap</source>
        <translation>I have checked the file; import &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="105"/>
        <source>Nomor formulir</source>
        <translation>Form numbers</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="108"/>
        <source>Kolom No adalah nomor kuesioner cetak (unik dalam setahun)</source>
        <translation>The No column is the printed questionnaire number (unique within a year)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="110"/>
        <source>No hanya nomor baris rekap: beri nomor formulir baru (IMP-…)</source>
        <translation>No is only the summary row number: give new form numbers (IMP-…)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="134"/>
        <source>Berkas tidak punya kolom No: setiap formulir diberi nomor baru.</source>
        <translation>The file has no No column: every form gets a new number.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="138"/>
        <source>%1 baris tidak dapat memakai No berkas sebagai nomor formulir. Bila No hanya nomor baris rekap, pilih nomor baru.</source>
        <translation>%1 row(s) cannot use the file&apos;s No as the form number. If No is only the summary row number, choose new numbers.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="141"/>
        <source>
… dan %1 lagi</source>
        <translation>
… and %1 more</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="143"/>
        <source>Setiap formulir diberi nomor baru IMP-… menurut tahun surveinya.</source>
        <translation>Every form gets a new IMP-… number according to its survey year.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_preview.py" line="145"/>
        <source>Nomor pada kolom No dipakai sebagai nomor formulir.</source>
        <translation>The numbers in the No column are used as form numbers.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../desk_app/ui/skm/kiosk.py" line="111"/>
        <source>Pertanyaan %1 dari 9</source>
        <translation>Question %1 of 9</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="89"/>
        <source>Alihkan semua pekerjaan</source>
        <translation>Reassign all work</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="100"/>
        <source>%1 — %2 permohonan terbuka</source>
        <translation>%1 — %2 open requests</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="106"/>
        <source>Mis.: cuti sakit sampai 30 November</source>
        <translation>E.g.: sick leave until 30 November</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="108"/>
        <source>&amp;Dari petugas:</source>
        <translation>&amp;From officer:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="109"/>
        <source>&amp;Kepada:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="110"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/my_work_tab.py" line="113"/>
        <source>Alihkan</source>
        <translation>Reassign</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <location filename="../../desk_app/ui/requests/receipt_actions.py" line="26"/>
        <source>PDF A5 (*.pdf)</source>
        <translation>PDF A5 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/receipt_actions.py" line="26"/>
        <source>PDF kertas struk 80 mm (*.pdf)</source>
        <translation>PDF on 80 mm receipt paper (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/receipt_actions.py" line="28"/>
        <source>Simpan tanda terima</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/receipt_actions.py" line="59"/>
        <source>Cetak tanda terima %1</source>
        <translation>Print receipt %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="137"/>
        <source>Kode pemulihan kunci kantor</source>
        <translation>Office key recovery code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="139"/>
        <source>Cetak atau salin kode ini dengan tangan, simpan di brankas kantor, jangan difoto dan jangan disimpan di PC ini. Siapa pun yang memegangnya dapat membuka identitas pelapor rahasia.</source>
        <translation>Print this code or copy it by hand, keep it in the office safe, never photograph it or store it on this PC. Whoever holds it can open the identities of confidential complainants.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="149"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="161"/>
        <source>Kode pemulihan kunci kantor %1

</source>
        <translation>Office key recovery code %1

</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/office_key_panel.py" line="162"/>
        <source>

Simpan di brankas. Dipakai saat memulihkan Loket Prima di PC baru.</source>
        <translation>

Keep in the safe. Used when restoring Loket Prima on a new PC.</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="85"/>
        <source>Ketik sebagian nama atau kode layanan, lalu Enter</source>
        <translation>Type part of a service name or code, then Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="99"/>
        <source>Pilih layanan: persyaratannya tampil di sini sebagai daftar periksa.</source>
        <translation>Choose a service: its requirements appear here as a checklist.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="113"/>
        <source>Semua dokumen ada (Alt+S)</source>
        <translation>All documents present (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="114"/>
        <source>Centang semua persyaratan</source>
        <translation>Tick all requirements</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="118"/>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="123"/>
        <source>08xx atau +62</source>
        <translation>08xx or +62</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="127"/>
        <source>boleh kosong</source>
        <translation>may be left empty</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="138"/>
        <source>&amp;Layanan:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="140"/>
        <source>Berkas yang diserahkan (Spasi mencentang):</source>
        <translation>Documents handed in (Space ticks):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="148"/>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="150"/>
        <source>&amp;Nama pemohon:</source>
        <translation>Applicant&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="151"/>
        <source>&amp;Telepon/HP:</source>
        <translation>&amp;Phone/mobile:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="152"/>
        <source>Ala&amp;mat:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="153"/>
        <source>Lembaga/&amp;instansi:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="161"/>
        <source>Simpan pendaftaran (Ctrl+Enter)</source>
        <translation>Save registration (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="164"/>
        <source>Kosongkan (Ctrl+N)</source>
        <translation>Clear (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="171"/>
        <source>Belum ada pendaftaran pada sesi ini.</source>
        <translation>No registrations in this session yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="174"/>
        <source>Kertas A5</source>
        <translation>A5 paper</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="175"/>
        <source>Struk 80 mm</source>
        <translation>80 mm receipt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="176"/>
        <source>Cetak tanda terima (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="178"/>
        <source>Simpan PDF (Ctrl+Shift+S)</source>
        <translation>Save PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="232"/>
        <source>Tidak ada layanan yang cocok dengan &apos;%1&apos;.</source>
        <translation>No service matches &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="241"/>
        <source>Jangka waktu %1 hari kerja · %2</source>
        <translation>Time frame %1 working days · %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="296"/>
        <source>Pemohon lama: data diisi dari pendaftaran sebelumnya.</source>
        <translation>Returning applicant: details filled in from an earlier registration.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="313"/>
        <source>Berkas belum lengkap</source>
        <translation>Documents incomplete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/requests/form.py" line="314"/>
        <source>%n dokumen belum diserahkan:</source>
        <translation>
            <numerusform>%n document not handed in:</numerusform>
            <numerusform>%n documents not handed in:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="316"/>
        <source>&amp;Daftarkan (berkas belum lengkap)</source>
        <translation>&amp;Register (documents incomplete)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="318"/>
        <source>&amp;Tolak permohonan</source>
        <translation>&amp;Reject request</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="319"/>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="328"/>
        <source>Pilih layanan terlebih dahulu.</source>
        <translation>Choose a service first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="366"/>
        <source>%1 dicatat sebagai DITOLAK (berkas tidak lengkap).</source>
        <translation>%1 recorded as REJECTED (documents incomplete).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="368"/>
        <source>Terdaftar &lt;b&gt;%1&lt;/b&gt; · antrean %2 · selesai %3</source>
        <translation>Registered &lt;b&gt;%1&lt;/b&gt; · queue %2 · done by %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/form.py" line="372"/>
        <source> · &lt;b&gt;berkas belum lengkap&lt;/b&gt;</source>
        <translation> · &lt;b&gt;documents incomplete&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="93"/>
        <source>&amp;Susun laporan</source>
        <translation>&amp;Build report</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="95"/>
        <source>Simpan &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="96"/>
        <source>Simpan &amp;Excel…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="97"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="98"/>
        <source>Pilih periode dan kantor, lalu tekan «Susun laporan».</source>
        <translation>Choose the period and the office, then press «Build report».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="90"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="90"/>
        <source>Pe&amp;riode:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="101"/>
        <source>&amp;Kantor:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="90"/>
        <source>Ta&amp;hun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="149"/>
        <source>Kantor ini (%1)</source>
        <translation>This office (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="153"/>
        <source>Seluruh kantor (gabungan)</source>
        <translation>All offices (combined)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="182"/>
        <source>Menyusun laporan %1…</source>
        <translation>Building report %1…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="186"/>
        <source>Menyusun laporan</source>
        <translation>Building report</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="192"/>
        <source>Penyusunan laporan dibatalkan.</source>
        <translation>Report building cancelled.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="202"/>
        <source> Tidak ada data pada periode ini.</source>
        <translation> No data in this period.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="203"/>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="209"/>
        <source>Laporan tidak dapat disusun.</source>
        <translation>The report cannot be built.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="229"/>
        <source>Simpan laporan PDF</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="229"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="238"/>
        <source>Simpan laporan Excel</source>
        <translation>Save Excel report</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="239"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="247"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="253"/>
        <source>Menyimpan laporan</source>
        <translation>Saving report</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="261"/>
        <source>Pencetakan memerlukan komponen PySide6-Pdf. Simpan PDF lalu cetak dari pembaca PDF.</source>
        <translation>Printing needs the PySide6-Pdf component. Save the PDF and print it from a PDF reader.</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="75"/>
        <source>Detail permohonan</source>
        <translation>Request details</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="85"/>
        <source>&amp;Ringkasan</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="86"/>
        <source>Ri&amp;wayat</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="118"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="118"/>
        <source>Didaftarkan</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="119"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="119"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="120"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="120"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="121"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="121"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="122"/>
        <source>Catatan status</source>
        <translation>Status note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="123"/>
        <source>Diserahkan kepada</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="131"/>
        <source>Berkas</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="137"/>
        <source>&amp;Proses</source>
        <translation>&amp;Process</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="138"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="139"/>
        <source>Se&amp;rahkan…</source>
        <translation>Hand &amp;over…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="140"/>
        <source>&amp;Tolak…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="141"/>
        <source>&amp;Batalkan…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="148"/>
        <source>&amp;Cetak ulang tanda terima</source>
        <translation>Re&amp;print receipt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="151"/>
        <source>Simpan P&amp;DF</source>
        <translation>Save P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="153"/>
        <source>Survei &amp;kiosk (F9)</source>
        <translation>&amp;Kiosk survey (F9)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="154"/>
        <source>Buka survei kepuasan di layar pemohon (tanpa nama)</source>
        <translation>Open the satisfaction survey on the applicant&apos;s screen (anonymous)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="157"/>
        <source>&amp;Ubah data pemohon… (F2)</source>
        <translation>Correct &amp;applicant data… (F2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="158"/>
        <source>Koreksi nama, NIK, telepon, alamat atau lembaga dengan alasan (tercatat di jejak audit)</source>
        <translation>Correct name, NIK, phone, address or institution with a reason (recorded in the audit trail)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="181"/>
        <source>Permohonan %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="188"/>
        <source>%1 oleh %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="194"/>
        <source> — TERLAMBAT</source>
        <translation> — OVERDUE</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="202"/>
        <source> (belum diserahkan)</source>
        <translation> (not handed in)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="238"/>
        <source>Serahkan produk</source>
        <translation>Hand over the product</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="239"/>
        <source>Nama orang yang mengambil produk:</source>
        <translation>Name of the person collecting the product:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="246"/>
        <source>Tolak permohonan</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="246"/>
        <source>Alasan penolakan:</source>
        <translation>Reason for rejection:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="248"/>
        <source>Batalkan permohonan</source>
        <translation>Void request</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="249"/>
        <source>Alasan pembatalan (nomor tidak akan dipakai lagi):</source>
        <translation>Reason for voiding (the number is never reused):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="253"/>
        <source>%1 permohonan %2?</source>
        <translation>%1 request %2?</translation>
    </message>
</context>
<context>
    <name>RequestStepsPage</name>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="274"/>
        <source>&amp;Selesai… (Ctrl+D)</source>
        <translation>&amp;Done… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="275"/>
        <source>&amp;Lewati…</source>
        <translation>S&amp;kip…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="276"/>
        <source>Serahkan ke &amp;rekan…</source>
        <translation>Hand over to a &amp;colleague…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="277"/>
        <source>Cetak &amp;jejak</source>
        <translation>Print &amp;trace</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="310"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="313"/>
        <source>Permohonan ini tidak memiliki SOP.</source>
        <translation>This request has no SOP.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="317"/>
        <source>%1 — revisi %2. %3 dari %4 langkah tercatat; %5 melebihi waktu baku. Dipegang: %6.</source>
        <translation>%1 — revision %2. %3 of %4 steps recorded; %5 over the standard time. Held by: %6.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="342"/>
        <location filename="../../desk_app/ui/sop/steps.py" line="361"/>
        <source>Langkah ini sudah dicatat.</source>
        <translation>This step has already been recorded.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="363"/>
        <source>Lewati langkah %1</source>
        <translation>Skip step %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="364"/>
        <source>Alasan melewati langkah (dicatat sebagai penyimpangan):</source>
        <translation>Reason for skipping the step (recorded as a deviation):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="391"/>
        <source>Simpan jejak permohonan</source>
        <translation>Save request trace</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="31"/>
        <source>Pendaftaran permohonan</source>
        <translation>Register requests</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="32"/>
        <source>Daftar permohonan</source>
        <translation>Request list</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="34"/>
        <source>Merah: melewati jatuh tempo · Kuning: jatuh tempo hari ini · Enter membuka permohonan</source>
        <translation>Red: overdue · Yellow: due today · Enter opens the request</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="33"/>
        <source>Cari nomor, nama, NIK atau telepon (Ctrl+F)</source>
        <translation>Search number, name, NIK or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="57"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="61"/>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="67"/>
        <source>Hanya &amp;terlambat</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="73"/>
        <source>Muat ulang (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="80"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/tab.py" line="82"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="108"/>
        <source>Atur ulang sandi — %1</source>
        <translation>Reset password — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="112"/>
        <source>Sandi &amp;baru (min. 8 karakter):</source>
        <translation>&amp;New password (min. 8 characters):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="113"/>
        <source>&amp;Ulangi sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="116"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="116"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="121"/>
        <source>Kedua sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="32"/>
        <source>Petugas Loket</source>
        <translation>Counter officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="33"/>
        <source>Kepala Seksi</source>
        <translation>Head of section</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="34"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <location filename="../../desk_app/ui/save_file.py" line="167"/>
        <source>Berkas basis data tidak boleh dipilih di sini. Pilih nama berkas lain.</source>
        <translation>A database file cannot be chosen here. Choose another file name.</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="30"/>
        <source>Format nomor permohonan</source>
        <translation>Request number format</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="31"/>
        <source>Format nomor pengaduan</source>
        <translation>Complaint number format</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="32"/>
        <source>Format nomor surat</source>
        <translation>Letter number format</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="33"/>
        <source>Kode klasifikasi surat jawaban pengaduan</source>
        <translation>Classification code of complaint reply letters</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="35"/>
        <source>Batas verifikasi (hari kerja)</source>
        <translation>Verification deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="36"/>
        <source>Batas disposisi (hari kerja)</source>
        <translation>Disposition deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="37"/>
        <source>Batas rencana tindak lanjut (hari kerja)</source>
        <translation>Follow-up plan deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="39"/>
        <source>Batas jawaban (hari kerja)</source>
        <translation>Reply deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="40"/>
        <source>Batas jawaban bila perlu pemeriksaan (hari kerja)</source>
        <translation>Reply deadline when an examination is needed (working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="42"/>
        <source>Tanpa tanggapan setelah jawaban, boleh ditutup (hari kerja)</source>
        <translation>No response after the reply: may be closed after (working days)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="44"/>
        <source>Nomor WhatsApp untuk menanyakan pengaduan</source>
        <translation>WhatsApp number for complaint enquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="45"/>
        <source>Jumlah cadangan otomatis yang disimpan</source>
        <translation>Number of automatic backups kept</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="46"/>
        <source>Masa simpan data pribadi (tahun)</source>
        <translation>Personal data retention (years)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="47"/>
        <source>Pemberitahuan pelindungan data pribadi</source>
        <translation>Personal data protection notice</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="83"/>
        <source>Bawaan: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="92"/>
        <source>Berlaku untuk semua loket kantor ini. Format nomor memakai {year}, {serial:05d}, {month:02d}, {office_code}, {grade} dan {classification}.</source>
        <translation>Applies to every counter of this office. Number formats use {year}, {serial:05d}, {month:02d}, {office_code}, {grade} and {classification}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="96"/>
        <source>Isi nilai &amp;bawaan</source>
        <translation>Fill in &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="98"/>
        <source>&amp;Simpan pengaturan</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/settings_section.py" line="139"/>
        <source>Pengaturan tersimpan.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SideBySideModel</name>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="161"/>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="162"/>
        <source>Entri 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="164"/>
        <source>Entri 2</source>
        <translation>Entry 2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="149"/>
        <source>(tidak diketik)</source>
        <translation>(not typed)</translation>
    </message>
</context>
<context>
    <name>SignerSection</name>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="295"/>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="297"/>
        <source>— isi dari akun kepala seksi —</source>
        <translation>— fill in from a head-of-section account —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="303"/>
        <source>Ambil &amp;dari akun:</source>
        <translation>Take &amp;from account:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="304"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="305"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="306"/>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="307"/>
        <source>Nama, NIP dan jabatan ini dicetak di bawah tanda tangan laporan dan lembar standar pelayanan.</source>
        <translation>This name, NIP and position are printed under the signature of reports and service standard sheets.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="310"/>
        <source>&amp;Simpan penanda tangan</source>
        <translation>&amp;Save signer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="333"/>
        <source>NIP harus 18 digit angka.</source>
        <translation>The NIP must be 18 digits.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="344"/>
        <source>Penanda tangan tersimpan.</source>
        <translation>Signer saved.</translation>
    </message>
</context>
<context>
    <name>SkmPublish</name>
    <message>
        <location filename="../../desk_app/ui/skm/publish.py" line="29"/>
        <source>Menyusun…</source>
        <translation>Building…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/publish.py" line="35"/>
        <source>Disimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/publish.py" line="36"/>
        <source>Menyusun dokumen SKM</source>
        <translation>Building the SKM document</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/publish.py" line="40"/>
        <source>Simpan laporan SKM</source>
        <translation>Save SKM report</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/publish.py" line="41"/>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/publish.py" line="54"/>
        <source>Simpan poster SKM</source>
        <translation>Save SKM poster</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/publish.py" line="55"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SopEditor</name>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="26"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="27"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="28"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="29"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="43"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="44"/>
        <source>Kualifikasi pelaksana</source>
        <translation>Executor qualifications</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="45"/>
        <source>Keterkaitan</source>
        <translation>Related SOPs</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="46"/>
        <source>Peralatan/perlengkapan</source>
        <translation>Equipment/supplies</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="47"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="48"/>
        <source>Pencatatan dan pendataan</source>
        <translation>Recording and data keeping</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="120"/>
        <source>Pelaksana (kolom swimlane)</source>
        <translation>Executors (swimlane columns)</translation>
    </message>
</context>
<context>
    <name>SopEditorDialog</name>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="69"/>
        <source>Ubah SOP — akan terbit sebagai revisi %1</source>
        <translation>Edit SOP — will be published as revision %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="73"/>
        <source>&amp;Identitas</source>
        <translation>&amp;Identity</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="74"/>
        <source>&amp;Langkah</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="77"/>
        <source>&amp;Terbitkan revisi</source>
        <translation>&amp;Publish revision</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="101"/>
        <source>Apa yang diubah pada revisi ini</source>
        <translation>What changes in this revision</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="103"/>
        <source>&amp;Nama SOP:</source>
        <translation>SOP &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="103"/>
        <source>N&amp;omor SOP:</source>
        <translation>SOP n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="104"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="105"/>
        <source>Tanggal pem&amp;buatan:</source>
        <translation>Date &amp;made:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="106"/>
        <source>Tanggal re&amp;visi:</source>
        <translation>Date re&amp;vised:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="107"/>
        <source>Tanggal &amp;efektif:</source>
        <translation>&amp;Effective date:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="108"/>
        <source>Disahkan oleh — &amp;jabatan:</source>
        <translation>Approved by — &amp;position:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="109"/>
        <source>Disahkan oleh — n&amp;ama:</source>
        <translation>Approved by — n&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="110"/>
        <source>Disahkan oleh — N&amp;IP:</source>
        <translation>Approved by — N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="111"/>
        <source>Catatan &amp;perubahan:</source>
        <translation>Change &amp;note:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="127"/>
        <source> (satu per baris)</source>
        <translation> (one per line)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="164"/>
        <source>&amp;Tambah langkah</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="165"/>
        <source>&amp;Hapus langkah</source>
        <translation>&amp;Remove step</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="166"/>
        <source>Naik&amp;kan</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="167"/>
        <source>T&amp;urunkan</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="216"/>
        <source>Hapus langkah %1 dari draf revisi ini?</source>
        <translation>Remove step %1 from this draft revision?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/editor.py" line="258"/>
        <source>Terbitkan revisi %1, berlaku mulai %2? Revisi yang sudah terbit tidak dapat diubah lagi.</source>
        <translation>Publish revision %1, effective from %2? A published revision cannot be changed any more.</translation>
    </message>
</context>
<context>
    <name>SopPanel</name>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="68"/>
        <source>Nomor SOP</source>
        <translation>SOP number</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="68"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="69"/>
        <source>Tanggal pembuatan</source>
        <translation>Date made</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="70"/>
        <source>Tanggal revisi</source>
        <translation>Date revised</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="71"/>
        <source>Tanggal efektif</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="72"/>
        <source>Disahkan oleh</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="74"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="74"/>
        <source>Pelaksana</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="76"/>
        <source>Catatan perubahan</source>
        <translation>Change note</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="77"/>
        <source>berlaku sekarang</source>
        <translation>in force now</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="77"/>
        <source>tidak berlaku sekarang</source>
        <translation>not in force now</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="100"/>
        <source>R&amp;evisi SOP:</source>
        <translation>SOP r&amp;evision:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="102"/>
        <source>Ubah S&amp;OP…</source>
        <translation>Edit S&amp;OP…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="106"/>
        <source>Cetak SOP (PD&amp;F)…</source>
        <translation>Print SOP (PD&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="144"/>
        <source>Revisi %1 — efektif %2</source>
        <translation>Revision %1 — effective %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="147"/>
        <source>(berlaku sekarang)</source>
        <translation>(in force now)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="162"/>
        <source>Layanan ini belum memiliki SOP.</source>
        <translation>This service has no SOP yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/panel.py" line="182"/>
        <source>Simpan dokumen SOP</source>
        <translation>Save SOP document</translation>
    </message>
</context>
<context>
    <name>StandardEditDialog</name>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="42"/>
        <source>Ubah standar pelayanan — %1</source>
        <translation>Edit service standard — %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="44"/>
        <source>Perubahan disimpan sebagai versi %1; versi %2 tetap tersimpan dan dapat dibaca.</source>
        <translation>The changes are saved as version %1; version %2 is kept and stays readable.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="58"/>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="74"/>
        <source>&amp;Nama layanan:</source>
        <translation>Service &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="75"/>
        <source>&amp;Uraian singkat:</source>
        <translation>Short &amp;description:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="76"/>
        <source>&amp;Persyaratan (satu per baris):</source>
        <translation>&amp;Requirements (one per line):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="77"/>
        <source>P&amp;rosedur (satu langkah per baris):</source>
        <translation>Pr&amp;ocedure (one step per line):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="78"/>
        <source>&amp;Jangka waktu:</source>
        <translation>&amp;Time frame:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="79"/>
        <source>&amp;Biaya/tarif:</source>
        <translation>&amp;Cost/fee:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="80"/>
        <source>Pro&amp;duk pelayanan:</source>
        <translation>Service &amp;product:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="81"/>
        <source>Penanganan &amp;pengaduan:</source>
        <translation>Complaint &amp;handling:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="85"/>
        <source>Dasar &amp;hukum (satu per baris):</source>
        <translation>&amp;Legal basis (one per line):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="86"/>
        <source>&amp;Sarana dan prasarana:</source>
        <translation>&amp;Facilities:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="87"/>
        <source>&amp;Kompetensi pelaksana:</source>
        <translation>Staff &amp;competence:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="88"/>
        <source>Pengawasan &amp;internal:</source>
        <translation>&amp;Internal supervision:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="89"/>
        <source>Ju&amp;mlah pelaksana:</source>
        <translation>Number of &amp;staff:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="90"/>
        <source>Jaminan pela&amp;yanan:</source>
        <translation>Service &amp;guarantee:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="91"/>
        <source>Jaminan keam&amp;anan:</source>
        <translation>Securit&amp;y guarantee:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="92"/>
        <source>&amp;Evaluasi kinerja:</source>
        <translation>Performance &amp;evaluation:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="96"/>
        <source>&amp;Nomor SK:</source>
        <translation>Decree &amp;number:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="97"/>
        <source>&amp;Tanggal SK:</source>
        <translation>Decree &amp;date:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="98"/>
        <source>&amp;Berlaku sejak:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="99"/>
        <source>&amp;Catatan perubahan:</source>
        <translation>C&amp;hange note:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="102"/>
        <source>Komponen publik</source>
        <translation>Public components</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="103"/>
        <source>Komponen internal</source>
        <translation>Internal components</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="104"/>
        <source>Penetapan</source>
        <translation>Decree</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="113"/>
        <source>&amp;Simpan versi baru</source>
        <translation>&amp;Save new version</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="114"/>
        <source>Ctrl+Enter atau Ctrl+S</source>
        <translation>Ctrl+Enter or Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue/standard_edit_dialog.py" line="117"/>
        <source>Bata&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
</context>
<context>
    <name>StepDoneDialog</name>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="134"/>
        <source>Langkah %1 selesai</source>
        <translation>Step %1 done</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="138"/>
        <source>Kegiatan:</source>
        <translation>Activity:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="140"/>
        <source>&amp;Ya</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="141"/>
        <source>&amp;Tidak</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="149"/>
        <source>Ya → langkah %1, Tidak → langkah %2</source>
        <translation>Yes → step %1, No → step %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="151"/>
        <source>Jawaban:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="154"/>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (may be empty)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="155"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="158"/>
        <source>Langkah ini belum gilirannya. Alasan wajib diisi dan dicatat sebagai penyimpangan.</source>
        <translation>It is not this step&apos;s turn yet. A reason is required and is recorded as a deviation.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="163"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="167"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="122"/>
        <source>Langkah terpilih</source>
        <translation>Selected step</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="157"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="157"/>
        <source>&amp;Kegiatan:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="158"/>
        <source>Pe&amp;laksana:</source>
        <translation>E&amp;xecutor:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="158"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="159"/>
        <source>Ke&amp;lengkapan:</source>
        <translation>&amp;Inputs:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="159"/>
        <source>&amp;Waktu:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="160"/>
        <source>&amp;Output:</source>
        <translation>&amp;Output:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="160"/>
        <source>Ke&amp;terangan:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="161"/>
        <source>&amp;Ya ke langkah:</source>
        <translation>&amp;Yes to step:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sop/step_form.py" line="162"/>
        <source>Tida&amp;k ke langkah:</source>
        <translation>N&amp;o to step:</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="50"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/tab.py" line="51"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>SurveyDialogs</name>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="37"/>
        <source>Jenis kelamin</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="38"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="39"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="40"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/dialogs.py" line="41"/>
        <source>Saran</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>SurveyEntryPage</name>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="91"/>
        <source>Batch formulir</source>
        <translation>Form batch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="95"/>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="99"/>
        <source>&amp;Layanan</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="107"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="110"/>
        <source>&amp;Tanggal survei</source>
        <translation>Survey &amp;date</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="115"/>
        <source>Urutan pertanyaan pada kertas, dengan kode unsur</source>
        <translation>Question order on paper, with element codes</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="116"/>
        <source>&amp;Urutan pertanyaan</source>
        <translation>Question &amp;order</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="120"/>
        <source>Entri &amp;ganda (diketik dua kali)</source>
        <translation>&amp;Double entry (typed twice)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="122"/>
        <source>Entri pertama</source>
        <translation>First entry</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="123"/>
        <source>Entri kedua</source>
        <translation>Second entry</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="124"/>
        <source>Simpan &amp;otomatis setelah isian terakhir</source>
        <translation>Save &amp;automatically after the last field</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="126"/>
        <source>&amp;Mulai mengetik</source>
        <translation>Start &amp;typing</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="128"/>
        <source>&amp;Impor dari Excel/CSV…</source>
        <translation>&amp;Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="131"/>
        <source>&amp;Cetak kuesioner kosong…</source>
        <translation>&amp;Print blank questionnaires…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="156"/>
        <source>— batch baru —</source>
        <translation>— new batch —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="161"/>
        <source> · entri ganda</source>
        <translation> · double entry</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="162"/>
        <source>dihitung</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="162"/>
        <source>belum dihitung</source>
        <translation>not counted yet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="205"/>
        <source>Formulir — %1 (entri %2)</source>
        <translation>Form — %1 (entry %2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="211"/>
        <source>Formulir</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="216"/>
        <source>&amp;No. formulir</source>
        <translation>Form &amp;no.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="233"/>
        <source>Saran responden (F2), Enter untuk menyimpan</source>
        <translation>Respondent&apos;s suggestion (F2), Enter to save</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="235"/>
        <source>&amp;Saran</source>
        <translation>&amp;Suggestion</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="244"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="246"/>
        <source>Batalkan terakhir (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="248"/>
        <source>Ko&amp;reksi formulir…</source>
        <translation>Co&amp;rrect form…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="251"/>
        <source>Ban&amp;dingkan entri ganda…</source>
        <translation>Compare &amp;double entry…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="311"/>
        <source>Batch ini: %1 formulir · %2 jawaban · %3 dilewati · rata-rata %4</source>
        <translation>This batch: %1 forms · %2 answers · %3 skipped · average %4</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="325"/>
        <source>Belum lengkap: %1 belum diketik (0/spasi = dilewati).</source>
        <translation>Incomplete: %1 not typed yet (0/space = skipped).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="346"/>
        <source>Formulir no. %1 tersimpan.</source>
        <translation>Form no. %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="357"/>
        <source>Tidak ada formulir yang bisa dibatalkan.</source>
        <translation>There is no form to undo.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="360"/>
        <source>Formulir no. %1 dibatalkan; isiannya dimuat kembali untuk diperbaiki.</source>
        <translation>Form no. %1 undone; its answers are loaded again for correction.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="366"/>
        <source>Pilih formulir pada tabel untuk dikoreksi.</source>
        <translation>Choose a form in the table to correct.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="369"/>
        <source>Koreksi formulir hanya oleh kepala seksi.</source>
        <translation>Only the head of section corrects forms.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_page.py" line="372"/>
        <source>Koreksi formulir no. %1</source>
        <translation>Correct form no. %1</translation>
    </message>
</context>
<context>
    <name>SurveyFileActions</name>
    <message>
        <location filename="../../desk_app/ui/skm/entry_files.py" line="24"/>
        <source>Anda tidak berwenang mengimpor survei.</source>
        <translation>You are not authorised to import surveys.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_files.py" line="43"/>
        <source>Cetak kuesioner</source>
        <translation>Print questionnaires</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_files.py" line="44"/>
        <source>Jumlah lembar (masing-masing bernomor sendiri):</source>
        <translation>Number of sheets (each with its own number):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_files.py" line="48"/>
        <source>Simpan kuesioner PDF</source>
        <translation>Save questionnaire PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_files.py" line="49"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/entry_files.py" line="63"/>
        <source>%1 lembar kuesioner (no. %2–%3) disimpan di %4.</source>
        <translation>%1 questionnaire sheet(s) (no. %2–%3) saved in %4.</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <location filename="../../desk_app/ui/skm/import_flow.py" line="38"/>
        <source>Impor formulir survei dari Excel atau CSV</source>
        <translation>Import survey forms from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_flow.py" line="39"/>
        <source>Berkas survei (*.xlsx *.xlsm *.csv);;Excel (*.xlsx *.xlsm);;CSV (*.csv)</source>
        <translation>Survey files (*.xlsx *.xlsm *.csv);;Excel (*.xlsx *.xlsm);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_flow.py" line="42"/>
        <source>Membaca berkas survei</source>
        <translation>Reading the survey file</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_flow.py" line="90"/>
        <source>Memeriksa formulir survei</source>
        <translation>Checking the survey forms</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_flow.py" line="97"/>
        <source>Berkas %1 tidak berisi baris formulir di bawah baris judul.</source>
        <translation>File %1 has no form rows below the heading row.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/import_flow.py" line="108"/>
        <source>Mengimpor survei</source>
        <translation>Importing surveys</translation>
    </message>
</context>
<context>
    <name>SurveyIndexPage</name>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="60"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="65"/>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="69"/>
        <source>La&amp;yanan</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="73"/>
        <source>&amp;Hitung</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="89"/>
        <source>Profil responden dan saran</source>
        <translation>Respondent profile and suggestions</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="135"/>
        <source>Jenis kelamin</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="135"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="136"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="137"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="144"/>
        <source>Profil responden</source>
        <translation>Respondent profile</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="150"/>
        <source>Saran responden</source>
        <translation>Respondents&apos; suggestions</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="154"/>
        <source>%1 responden</source>
        <translation>%1 respondents</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="157"/>
        <source>belum ada responden</source>
        <translation>no respondents yet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="158"/>
        <source>unsur tanpa jawaban: %1</source>
        <translation>elements without answers: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="160"/>
        <source>IKM tidak dapat dihitung (%1).</source>
        <translation>The IKM cannot be computed (%1).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="163"/>
        <source>IKM &lt;b&gt;%1&lt;/b&gt; (skala 25–100) · &lt;b&gt;%2&lt;/b&gt; (skala 1–4) · mutu &lt;b&gt;%3&lt;/b&gt; · kinerja unit &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>IKM &lt;b&gt;%1&lt;/b&gt; (25–100 scale) · &lt;b&gt;%2&lt;/b&gt; (1–4 scale) · grade &lt;b&gt;%3&lt;/b&gt; · unit performance &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="169"/>
        <source>Populasi periode sebelumnya tidak tercatat (0 permohonan): minimal sampel Krejcie–Morgan tidak dapat ditentukan.</source>
        <translation>The previous period&apos;s population is not recorded (0 requests): the Krejcie–Morgan minimum sample cannot be set.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="173"/>
        <source>memenuhi</source>
        <translation>meets</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="173"/>
        <source>BELUM memenuhi</source>
        <translation>does NOT yet meet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/index_page.py" line="176"/>
        <source>Sampel %1 responden %2 minimal Krejcie–Morgan %3 (populasi periode sebelumnya: %4 permohonan).</source>
        <translation>The sample of %1 respondents %2 the Krejcie–Morgan minimum of %3 (previous period&apos;s population: %4 requests).</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <location filename="../../desk_app/ui/skm/tab.py" line="22"/>
        <source>&amp;Entri formulir</source>
        <translation>Form &amp;entry</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/tab.py" line="23"/>
        <source>Indeks &amp;kepuasan (IKM)</source>
        <translation>Satisfaction &amp;index (IKM)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/skm/tab.py" line="25"/>
        <source>&amp;Tindak lanjut &amp;&amp; publikasi</source>
        <translation>&amp;Follow-up &amp;&amp; publication</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desk_app/ui/tasks.py" line="74"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tasks.py" line="108"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="61"/>
        <location filename="../../desk_app/ui/requests/detail.py" line="57"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="64"/>
        <location filename="../../desk_app/ui/requests/detail.py" line="59"/>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="63"/>
        <location filename="../../desk_app/ui/requests/detail.py" line="60"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="65"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="66"/>
        <source>Batas</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/detail.py" line="69"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/requests/detail.py" line="61"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="87"/>
        <source>Daftarkan kantor %1</source>
        <translation>Enrol office %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="90"/>
        <source>Sidik jari kartu ini:</source>
        <translation>Fingerprint of this card:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="94"/>
        <source>Telepon kantor tersebut dan minta petugasnya membacakan sidik jari kartunya. Daftarkan hanya bila keenam kelompok sama persis.</source>
        <translation>Phone that office and ask its officer to read out the fingerprint of its card. Enrol only if all six groups match exactly.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="99"/>
        <source>Kantor ini sudah terdaftar dengan kunci lain: kunci lama akan dicabut.</source>
        <translation>This office is already enrolled with another key: the old key will be revoked.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="102"/>
        <source>Sidik jari sudah saya &amp;cocokkan dan sama</source>
        <translation>I have &amp;compared the fingerprint and it matches</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="105"/>
        <source>&amp;Daftarkan</source>
        <translation>&amp;Enrol</translation>
    </message>
</context>
<context>
    <name>TrustedModel</name>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="53"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="53"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="53"/>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="54"/>
        <source>Didaftarkan</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/enrolment_panel.py" line="54"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="48"/>
        <source>Pengguna baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="48"/>
        <source>Ubah pengguna</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="54"/>
        <source>18 digit, boleh kosong</source>
        <translation>18 digits, may be left empty</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="63"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="64"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="65"/>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="66"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="67"/>
        <source>P&amp;eran:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="69"/>
        <source>San&amp;di (min. 8 karakter):</source>
        <translation>Pass&amp;word (min. 8 characters):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="70"/>
        <source>&amp;Ulangi sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="73"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="73"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="82"/>
        <source>Kedua sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="90"/>
        <source>NIP harus 18 digit angka.</source>
        <translation>The NIP must be 18 digits.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/dialogs.py" line="92"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="99"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="100"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="101"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="102"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="104"/>
        <source>Masuk terakhir</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="130"/>
        <source>&amp;Tambah pengguna…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="132"/>
        <source>U&amp;bah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="134"/>
        <source>Atur ulang &amp;sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="136"/>
        <location filename="../../desk_app/ui/admin/tab.py" line="169"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="146"/>
        <source>Akun tidak pernah dihapus; akun yang tidak dipakai lagi dinonaktifkan.</source>
        <translation>Accounts are never deleted; an account no longer in use is deactivated.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="168"/>
        <source>&amp;Aktifkan kembali</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="190"/>
        <source>Sandi %1 sudah diatur ulang; kunciannya dibuka.</source>
        <translation>The password of %1 has been reset and the account unlocked.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="199"/>
        <source>Aktifkan kembali akun %1 (%2)?</source>
        <translation>Reactivate the account %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/admin/tab.py" line="200"/>
        <source>Nonaktifkan akun %1 (%2)? Pengguna ini tidak dapat masuk lagi sampai diaktifkan kembali.</source>
        <translation>Deactivate the account %1 (%2)? This user cannot log in until the account is reactivated.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desk_app/ui/widgets.py" line="49"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets.py" line="53"/>
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets.py" line="61"/>
        <source>Konfirmasi</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets.py" line="93"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/widgets.py" line="195"/>
        <source>Tanggal tidak dikenali: ketik hhbbtttt, mis. 31122026</source>
        <translation>Date not recognised: type ddmmyyyy, e.g. 31122026</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../desk_app/ui/sop/steps.py" line="398"/>
        <source>Langkah S&amp;OP</source>
        <translation>S&amp;OP steps</translation>
    </message>
</context>
</TS>
