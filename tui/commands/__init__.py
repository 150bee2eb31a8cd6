"""Shell sub-commands beyond `parse`: one module each, imported only when run."""
