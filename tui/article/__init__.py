"""The article model and the parser. Imports nothing from Textual or Rich."""
