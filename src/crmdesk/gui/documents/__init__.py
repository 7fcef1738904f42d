"""Printed documents: the layout and painting (renderer), the print dialog and actions, headless PDF."""
