"""Corpus mode: many articles as one workspace (no Textual, no Rich).

``load`` reads a folder, a list of files or a JSON Lines file into ``CorpusDoc``s (parsing in
parallel, each model cached by content hash: ``cache``); ``merge`` joins the actors of all
articles into one card per real-world actor, with a ``why``; ``corrections`` keeps the
user's splits and merges beside the corpus; ``view`` holds the merged lists and filters
them (``index`` makes a keystroke cheap over 100,000 quotes); ``export`` writes the view.
"""
