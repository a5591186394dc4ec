"""Reading the spreadsheets communities and suppliers send (CSV and XLSX)."""
