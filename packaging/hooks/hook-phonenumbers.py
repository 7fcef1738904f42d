# Replaces pyinstaller-hooks-contrib's hook, which collects every phonenumbers submodule (about 48 MB,
# mostly the geocoder's data). crmdesk only parses, validates and formats numbers: it needs the metadata
# modules that phonenumbers imports by region code at run time, not the geocoder, carrier or time zones.
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
