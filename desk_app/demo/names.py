"""Indonesian (and especially Sasak, Samawa and Mbojo) names and places of NTB for demo data."""

from __future__ import annotations

import random

MALE_FIRST = ["Lalu", "Muhammad", "Ahmad", "Abdul", "Hasan", "Zainal", "Fathurrahman", "Syamsul",
              "Rizal", "Hendra", "Irfan", "Sahnan", "Mahsun", "Jumadil", "Sudirman", "Haerul",
              "Ikhwan", "Nasrullah", "Azhar", "Kurniawan", "Ridwan", "Habibullah", "Amaq"]
FEMALE_FIRST = ["Baiq", "Siti", "Nurul", "Hj. Aminah", "Rabiatul", "Sri", "Fitriani", "Nur",
                "Lale", "Rohani", "Hidayati", "Zuhriah", "Aisyah", "Mardiah", "Hasanah",
                "Khairunnisa", "Inaq", "Wahidah"]
LAST = ["Hidayat", "Hamdani", "Sahabuddin", "Maulana", "Rahman", "Hakim", "Ramdhani",
        "Azizah", "Juniarti", "Kamaruddin", "Nurhayati", "Suhaimi", "Wahyudi", "Safitri",
        "Muliadi", "Hafiz", "Zulkarnain", "Marzuki", "Mansyur", "Fadli", "Apriani", "Rosidi"]
PLACES = [
    ("5271", "Kota Mataram", ["Ampenan", "Cakranegara", "Mataram", "Sekarbela", "Selaparang", "Sandubaya"]),
    ("5201", "Kab. Lombok Barat", ["Gerung", "Narmada", "Lingsar", "Kediri", "Labuapi", "Gunungsari"]),
    ("5202", "Kab. Lombok Tengah", ["Praya", "Jonggat", "Pujut", "Kopang", "Batukliang"]),
    ("5203", "Kab. Lombok Timur", ["Selong", "Masbagik", "Aikmel", "Pringgabaya", "Sakra"]),
    ("5204", "Kab. Sumbawa", ["Sumbawa", "Moyo Hilir", "Alas", "Empang"]),
    ("5206", "Kab. Bima", ["Woha", "Bolo", "Sape", "Belo"]),
    ("5272", "Kota Bima", ["Rasanae Barat", "Mpunda", "Raba"]),
    ("5208", "Kab. Lombok Utara", ["Tanjung", "Gangga", "Bayan"]),
]
MOSQUES = ["Masjid Nurul Huda", "Masjid Al-Ikhlas", "Masjid Baiturrahman", "Musala Al-Hidayah",
           "Masjid Jami' Al-Muttaqin", "Masjid At-Taqwa", "Musala Nurul Iman", "Masjid Darussalam"]
TAKLIM = ["Majelis Taklim Nurul Hikmah", "Majelis Taklim Al-Mubarak", "Majelis Taklim Muslimat NW",
          "Majelis Taklim Baiturrahmah", "Majelis Taklim Al-Kautsar"]


def person(rng: random.Random) -> tuple[str, str]:
    """A name and gender (L/P)."""
    if rng.random() < 0.5:
        return f"{rng.choice(MALE_FIRST)} {rng.choice(LAST)}", "L"
    return f"{rng.choice(FEMALE_FIRST)} {rng.choice(LAST)}", "P"


def nik(rng: random.Random, gender: str) -> str:
    code, _name, _districts = rng.choice(PLACES)
    day = rng.randint(1, 28) + (40 if gender == "P" else 0)
    return f"{code}{rng.randint(1, 12):02d}{day:02d}{rng.randint(1, 12):02d}{rng.randint(60, 99):02d}{rng.randint(1, 9999):04d}"


def phone(rng: random.Random) -> str:
    prefix = rng.choice(["0812", "0813", "0817", "0819", "0852", "0853", "0877", "0878", "0838"])
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([7, 8])))


def address(rng: random.Random) -> str:
    _code, region, districts = rng.choice(PLACES)
    return f"Dusun {rng.choice(['Karang Baru', 'Pejeruk', 'Gegutu', 'Batu Dawe', 'Sayang-Sayang', 'Kekalik'])}, Kec. {rng.choice(districts)}, {region}"
