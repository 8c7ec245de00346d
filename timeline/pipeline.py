"""documents -> time expressions -> events -> merged, ordered timeline -> content files.

Each document is processed on its own (`process_document`), so the work can be cached and spread
over processes or a Dask cluster; only DCT inference, surname unification and merging look
across the corpus.
"""
from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from . import content as content_files
from .cache import Cache
from .dating import clue_texts, document_words, infer_corpus_dcts, mentions_of
from .entities import people_of, unify_names
from .documents import DocumentError, document_id, find_files, read_document, read_sidecar
from .events import extract_events
from .known_files import Known, KnownFiles, digest
from .merge import assign_ids, group_keys, merge_events, merge_incremental, order_events
from .model import Document, Event, Timex
from .parallel import Executor, Serial
from .temporal import tag
from .text import safe_path_slug


@dataclass
class Timeline:
    documents: list[Document]
    events: list[Event]
    timexes: dict[str, list[Timex]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    # Per event, a key of what its file says (merge.group_keys), when merging kept one.
    event_keys: list[bytes] | None = None

    @property
    def notices(self) -> list[str]:
        """Warnings that fail nothing: documents whose creation time could not be decided."""
        return [f"{d.path}: no creation date found (relative dates in it stay unresolved; "
                f"give one with --dct or a sources.yaml)" for d in self.documents if not d.dct]

    def to_json(self) -> dict:
        return {"documents": [d.to_json() for d in self.documents],
                "events": [e.to_json() for e in self.events]}


def _source_roots(sources: list[Path]) -> list[tuple[Path, str]]:
    """Each source folder with the prefix its document ids get (none when there is one folder)."""
    if len(sources) <= 1:
        return [(s, "") for s in sources]
    names: dict[str, int] = {}
    out = []
    for source in sources:
        name = source.resolve().name if source.is_dir() else ""
        count = names.get(name, 0)
        names[name] = count + 1
        out.append((source, f"{name}{count + 1 if count else ''}/" if name else ""))
    return out


def load_documents(sources: list[Path], dct_overrides: dict[str, str] | None = None,
                   cache: Cache | None = None) -> tuple[list[Document], list[str]]:
    """Read every article under `sources`; problems become one-line messages, not exceptions."""
    documents, errors, seen = [], [], set()
    overrides = dict(dct_overrides or {})
    matched_overrides = set()
    # "--dct ./a/b.txt=..." and "--dct /abs/a/b.txt=..." name the file as the shell sees it.
    by_real_path = {Path(key).resolve(): key for key in overrides}
    pages: dict[str, str] = {}  # source page name -> the file that has it ("x y.txt" and "x-y.txt" share one)
    for source, prefix in _source_roots(sources):
        if not source.exists():
            errors.append(f"{source}: no such file or folder")
            continue
        root = source if source.is_dir() else source.parent
        index = KnownFiles.for_folder(cache.folder, root) if cache is not None else None
        sidecar, sidecar_errors = read_sidecar(root)
        errors.extend(sidecar_errors)
        for path in find_files(source):
            doc_id = prefix + document_id(path, root)
            if doc_id in seen:
                errors.append(f"{path}: skipped, a document with id {doc_id!r} was already read")
                continue
            # Trust, lowest first: the file's own metadata, the sidecar, then --dct.
            meta = dict(sidecar.get(path.relative_to(root).as_posix(), {}))
            for key in (str(path), path.name, doc_id, by_real_path.get(path.resolve()) if by_real_path else None):
                if key in overrides:
                    meta["date"] = overrides[key]
                    matched_overrides.add(key)
            page = safe_path_slug(doc_id)
            if page in pages:
                n = 2
                while safe_path_slug(f"{doc_id}-{n}") in pages:
                    n += 1
                errors.append(f"{path}: its source page would be {page}.html, as for {pages[page]}; "
                              f"read as {doc_id}-{n}")
                doc_id, page = f"{doc_id}-{n}", safe_path_slug(f"{doc_id}-{n}")
            try:
                doc = _read_document(path, root, doc_id, meta, cache, index)
            except DocumentError as exc:
                errors.append(str(exc))
                continue
            documents.append(doc)
            errors.extend(doc.problems)
            seen.add(doc_id)
            pages[page] = str(path)
        if index is not None:
            index.save()
    for key in sorted(set(overrides) - matched_overrides):
        errors.append(f"{key}: --dct given for a file that is not in the sources")
    return documents, errors


def process_document(doc: Document) -> tuple[list[Timex], list[Event]]:
    """Time expressions and candidate events of one dated document."""
    timexes = tag(doc.text, dct=doc.dct or None, doc_type=doc.doc_type)
    return timexes, extract_events(doc, timexes)


def _read_document(path: Path, root: Path, doc_id: str, meta: dict, cache: Cache | None,
                   index: KnownFiles | None = None) -> Document:
    """`read_document`, from the cache when the file's bytes and the way it is read are unchanged.

    The path is part of the key because it is part of the result (a date in a file name dates the
    document); a failed read is not cached, so the problem is reported on every build. `index`
    (of the articles' folder) gives the hash of the bytes of a file whose signature is unchanged
    since it was last read, so it is not read again (known_files.py).
    """
    if cache is None:
        return read_document(path, root, doc_id, meta)
    try:
        known = index.known(path) if index is not None else None
        if known is None:
            known = index.read(path)[1] if index is not None else Known(digest(path.read_bytes()), False)
    except OSError:
        return read_document(path, root, doc_id, meta)  # it reports the problem with the file
    parts = (known.sha, str(path), doc_id, repr(sorted(meta.items())))
    return cache.get_or_compute("documents", parts, lambda: read_document(path, root, doc_id, meta))


def _mentions(cache: Cache | None):
    """`mentions_of`, from the cache when the dated document is the same in every field."""
    if cache is None:
        return mentions_of
    return lambda doc: cache.get_or_compute("mentions", (repr(doc),), lambda: mentions_of(doc))


def _clue_texts(cache: Cache | None):
    """`clue_texts`, from the cache when the undated document's text and furniture are the same."""
    if cache is None:
        return clue_texts
    return lambda doc: cache.get_or_compute("clue-texts", (doc.text, repr(doc.furniture)), lambda: clue_texts(doc))


class _ByText:
    """`function(doc)` of each document of the corpus, kept in the cache as one store `stage` by
    a hash of the title and text (one lookup instead of one per article), with the entries this
    build used. The store is read when first asked for."""

    def __init__(self, cache: Cache, stage: str, function):
        self.cache, self.stage, self.function, self.known, self.used = cache, stage, function, None, {}

    def __call__(self, doc: Document):
        if self.known is None:
            self.known = self.cache.load(self.stage) or {}
        key = hashlib.blake2b(f"{len(doc.title)}:{doc.title}{doc.text}".encode("utf-8"), digest_size=16).digest()
        value = self.known.get(key)
        if value is None:
            value = self.function(doc)
        self.used[key] = value
        return value

    def save(self) -> None:
        if self.used and self.used.keys() != self.known.keys():
            self.cache.store(self.stage, self.used)


def _people(doc: Document) -> frozenset:
    """The full names of the people `doc` introduces (what unify_names reads of it)."""
    return frozenset(people_of(doc.text).values())


def _process_documents(documents: list[Document], cache: Cache | None, executor: Executor,
                       reprs: list[str] | None = None) -> list[tuple[list[Timex], list[Event]]]:
    """`process_document` of each document, in order: cached results from `cache`, the rest by `executor`.

    Keying on the whole document after corpus-level dating means that when another article
    changes this one's inferred creation time, its cached extraction is not reused. The cache is
    read and written here, never by the workers, so a remote cluster needs no access to it.
    `reprs`: each document's `repr`, when known.
    """
    if cache is None:
        return executor.map(process_document, documents)
    reprs = reprs or [repr(doc) for doc in documents]
    results: list = [None] * len(documents)
    missing = []
    for i, doc in enumerate(documents):
        found, results[i] = cache.get("extractions", (reprs[i],))
        if not found:
            missing.append(i)
    computed = executor.map(process_document, [documents[i] for i in missing])
    for i, result in zip(missing, computed):
        results[i] = result
        cache.put("extractions", (reprs[i],), result)
    return results


def _hasher(text: str):
    """A hash of `text`, length-prefixed, ready for more."""
    data = text.encode("utf-8")
    return hashlib.blake2b(len(data).to_bytes(8, "big") + data, digest_size=20)


def _key(text: str) -> bytes:
    return _hasher(text).digest()


def _candidate_keys(documents: list[Document], per_document: list[list[Event]],
                    reprs: list[str]) -> dict[str, bytes]:
    """For incremental merging, a key of each document's candidates: a document's candidates are
    a function of the document as a whole (its `repr`, what its cached extraction is keyed by)
    and the entities that surname unification gave them."""
    keys = {}
    for doc, events, text in zip(documents, per_document, reprs):
        digest = _hasher(text)
        digest.update(pickle.dumps([event.entities for event in events], protocol=pickle.HIGHEST_PROTOCOL))
        keys[doc.id] = digest.digest()
    return keys


def extract(sources: list[Path], dct_overrides: dict[str, str] | None = None,
            doc_type: str = "auto", cache: Cache | None = None, executor: Executor | None = None) -> Timeline:
    """The merged, ordered timeline of `sources`; per-document work comes from `cache` if given
    and runs on `executor` (in this process by default; every executor gives the same timeline)."""
    documents, errors = load_documents(sources, dct_overrides, cache)
    for doc in documents:
        doc.doc_type = doc_type
    reprs = None
    if cache is None:
        infer_corpus_dcts(documents)
    else:
        words = _ByText(cache, "document-words", document_words)  # read only when an article is undated
        reprs = [repr(doc) for doc in documents]
        undated = [not doc.dct for doc in documents]
        keys = {doc.id: _key(text) for doc, text in zip(documents, reprs)}
        cache.store("dating", infer_corpus_dcts(documents, _mentions(cache), _clue_texts(cache), words,
                                                cache.load("dating"), keys))
        words.save()
        # Dating changes only the documents it dates.
        reprs = [repr(doc) if was_undated else text for doc, text, was_undated in zip(documents, reprs, undated)]
    timexes, candidates, per_document = {}, [], []
    for doc, (found, events) in zip(documents, _process_documents(documents, cache, executor or Serial(), reprs)):
        timexes[doc.id] = found
        candidates.extend(events)
        per_document.append(events)
    texts = [doc.text for doc in documents]
    people = None
    if cache is not None:  # what each article names, kept by its text (a regex over all of them)
        named = _ByText(cache, "people", _people)
        people = [named(doc) for doc in documents]
        named.save()
    for event, entities in zip(candidates, unify_names([e.entities for e in candidates], texts, people)):
        event.entities = entities
    order = {doc.id: i for i, doc in enumerate(documents)}
    event_keys = None
    if cache is None:
        merged = merge_events(candidates)
    else:
        merged, state = merge_incremental(candidates, cache.load("merging"),
                                          _candidate_keys(documents, per_document, reprs))
        cache.store("merging", state)
        if state is not None:
            event_keys = dict(zip(map(id, merged), group_keys(state)))
    events = order_events(merged, order)
    assign_ids(events)
    if cache is not None:
        cache.save()
    return Timeline(documents, events, timexes, errors, [event_keys[id(e)] for e in events] if event_keys else None)


def write_content(timeline: Timeline, folder: Path, force: bool = False, cache: Cache | None = None):
    """Event and source files under `folder` (events/, sources/); people's edits are kept. With a
    `cache`, files whose text its index of `folder` knows are not read again (known_files.py)."""
    index = KnownFiles.for_folder(cache.folder if cache else None, folder)
    # The hash of each event file's text by the event's key, from the last build: an event whose
    # merged candidates are the same renders the same text, so it need not be rendered to be
    # found unchanged.
    rendered = None
    if cache is not None and timeline.event_keys is not None:
        rendered = {"known": cache.load("rendered") or {}, "used": {}}
    report = content_files.write_events(timeline.events, folder / "events", force=force, index=index,
                                        text_keys=timeline.event_keys, rendered=rendered)
    if rendered is not None and rendered["used"].keys() != rendered["known"].keys():
        cache.store("rendered", rendered["used"])
    content_files.write_sources(timeline.documents, timeline.timexes, folder / "sources", index=index)
    index.save(deferred=True)  # by the build at its end, when within one
    return report
