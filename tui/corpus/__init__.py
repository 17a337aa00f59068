"""A corpus: many articles analysed once, stored as Parquet, queried with DuckDB.

``newsread corpus build SOURCES --into DIR`` analyses every article on a Dask
cluster (a local one by default) and writes one Parquet file per batch into
each dataset folder of DIR::

    DIR/corpus.json                      what this folder is (schema, model)
    DIR/articles/part-<batch>.parquet    one row per article (id = sha256 of the text)
    DIR/quotes/part-<batch>.parquet      every attribution of speech
    DIR/actors/part-<batch>.parquet      the actors of each article
    DIR/entities/part-<batch>.parquet    every entity mention
    DIR/dates/part-<batch>.parquet       every date mention
    DIR/speakers/speakers.parquet        speaker key -> corpus speaker (rewritten by each build)

A batch's ``articles`` file is written last: an article is in the corpus once
its row is there, so an interrupted build leaves nothing half-visible that a
rerun would not redo. Modules:

* :mod:`.names`   speaker keys and the corpus-wide speaker merge (pure Python)
* :mod:`.rows`    one analysis (``Analysis.to_dict()``) -> rows of each dataset (pure Python)
* :mod:`.store`   the folder: schemas, batches, the lock, clean-up (pyarrow)
* :mod:`.sources` SOURCES -> articles, read ahead in a few threads
* :mod:`.worker`  what runs on a Dask worker
* :mod:`.cluster` the Dask cluster: a local one sized to the machine, or an existing one
* :mod:`.annotations` the users' annotations: applied at build time, applied again when they change
* :mod:`.build`   the build: streaming partitions, progress, Ctrl+C
* :mod:`.query`   DuckDB queries behind ``newsread corpus speakers|quotes`` and the Speakers screen
* :mod:`.cli`     ``newsread corpus ...``

Nothing here is imported when one article is opened in the reader: Dask,
pyarrow and DuckDB load only for ``newsread corpus``.
"""
