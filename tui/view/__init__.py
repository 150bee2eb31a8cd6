"""What the user has asked to see: filters, presets and exports (no Textual, no Rich)."""
