"""Printable documents (PDF through ReportLab): labels, signs, receipts, lists. No Qt here."""
