"""The `marsad` sub-commands and what they share: args.py (options, one-line usage errors),
output.py (-o OUT), batch.py (parse many files), export.py, presets.py."""
