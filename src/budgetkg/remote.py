"""Remote SPARQL servers, through the standard library's urllib alone: ``Endpoint`` runs
queries (SPARQL 1.1 Protocol) with the contract of ``Store.run``, and ``push`` uploads the
store's graphs (SPARQL 1.1 Graph Store HTTP Protocol).

Servers differ: some answer RDF/XML unless asked for JSON (every query sends ``Accept``);
Oxigraph's default graph is not the union of the named graphs unless the request says
``union-default-graph``; ``CREATE GRAPH`` fails on a graph that exists, so a graph is
replaced with one PUT, never created; some servers cap a request's size, so a large graph is
sent as one PUT and then POSTs of ``chunk_size`` triples. Credentials (HTTP Basic) are never
shown: every URL in a message has its user and password masked.
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox

from budgetkg.errors import BudgetKGError, UsageError
from budgetkg.store import ONTOLOGY_GRAPH, Store, Value, python_value, to_oxigraph
from budgetkg.vocab import PREFIXES

__all__ = ["Endpoint", "PushReport", "RemoteError", "mask", "push"]

_TRANSIENT = (ConnectionResetError, http.client.IncompleteRead, TimeoutError)
_VARIABLE = re.compile(r"\w+")
# The prefixes Store.run declares for every query, declared here too (a query's own
# declarations come after and win) so a query that runs on the store runs remotely.
_PROLOGUE = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in ("bkg", "dct", "prov"))


class RemoteError(BudgetKGError):
    """A remote server cannot be reached, refuses the credentials or rejects a request."""


def mask(url: str) -> str:
    """The URL with any user and password in it replaced by ``***``."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


@dataclass(frozen=True)
class _Credentials:
    user: str
    password: str = field(repr=False)


class _Client:
    """HTTP requests with Basic credentials, retries on transient failures (connection
    reset, timeouts, 429, 5xx) with exponential backoff, and errors meant for users."""

    def __init__(self, url: str, *, user: str | None, password: str | None, timeout: float,
                 retries: int, backoff: float):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"expected an http(s) URL, got {mask(url)!r}")
        # Credentials written into the URL work too, but never travel in it.
        user = user if user is not None else parts.username
        password = password if password is not None else parts.password
        self.url = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        self.credentials = _Credentials(urllib.parse.unquote(user or ""),
                                        urllib.parse.unquote(password or "")) if user else None
        self.timeout, self.retries, self.backoff = timeout, retries, backoff

    def request(self, method: str, url: str, body: bytes, headers: dict[str, str],
                ) -> tuple[str, bytes]:
        """The response's content type and body; a RemoteError when it cannot be had."""
        for attempt in range(self.retries + 1):
            wait = self.backoff * 2 ** attempt
            try:
                request = urllib.request.Request(url, data=body, headers=headers, method=method)
                if self.credentials:  # unredirected: a redirect elsewhere never gets them
                    token = f"{self.credentials.user}:{self.credentials.password}".encode()
                    request.add_unredirected_header(
                        "Authorization", "Basic " + base64.b64encode(token).decode())
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.headers.get_content_type(), response.read()
            except urllib.error.HTTPError as error:
                message = self._scrub(error.read().decode("utf-8", "replace").strip()[:500])
                if error.code in (401, 403):
                    hint = "" if self.credentials else " (give --user and --password)"
                    raise RemoteError(f"{mask(url)} refused the credentials (HTTP "
                                      f"{error.code}){hint}") from None
                if error.code != 429 and error.code < 500:
                    raise RemoteError(f"{mask(url)} rejected the request (HTTP {error.code}): "
                                      f"{message or error.reason}") from None
                retry_after = error.headers.get("Retry-After", "")
                wait = min(float(retry_after), 30.0) if retry_after.isdigit() else wait
                failure = f"HTTP {error.code} {message or error.reason}"
            except urllib.error.URLError as error:
                if not isinstance(error.reason, _TRANSIENT):
                    raise RemoteError(f"cannot reach {mask(url)}: "
                                      f"{getattr(error.reason, 'strerror', None) or error.reason}"
                                      ) from None
                failure = str(error.reason)
            except _TRANSIENT as error:
                failure = str(error) or type(error).__name__
            if attempt < self.retries:
                time.sleep(wait)
        raise RemoteError(f"{mask(url)} failed {self.retries + 1} times; last: "
                          f"{self._scrub(failure)}")

    def _scrub(self, text: str) -> str:
        """A server's message without the password, should it echo the request."""
        if self.credentials and self.credentials.password:
            return text.replace(self.credentials.password, "***")
        return text


class Endpoint:
    """A remote SPARQL 1.1 query endpoint that answers like ``Store.run``: the same queries,
    parameters and Python values, so ``run_query(..., store=Endpoint(url))`` works as is."""

    def __init__(self, url: str, *, user: str | None = None, password: str | None = None,
                 union_default_graph: bool = True, timeout: float = 60.0, retries: int = 3,
                 backoff: float = 0.5):
        self._client = _Client(url, user=user, password=password, timeout=timeout,
                               retries=retries, backoff=backoff)
        self.url = self._client.url
        # Queries see every named graph, as in the embedded store. Oxigraph reads this
        # parameter; servers whose default graph already is the union ignore it.
        self._query_url = self.url + ("&" if "?" in self.url else "?") + "union-default-graph" \
            if union_default_graph else self.url

    def __repr__(self) -> str:
        return f"Endpoint({mask(self.url)!r})"

    def run(self, sparql: str, bindings: dict[str, object] | None = None,
            ) -> tuple[tuple[str, ...], list[tuple[Value, ...]]] | bool:
        """Rows of a SELECT (column names and rows of Python values) or an ASK's bool.
        ``bindings`` (rdflib terms) become a trailing VALUES clause of N-Triples terms, which
        gives the rows substitution gives when, as in every bundled query, the parameters
        are returned variables."""
        query = _PROLOGUE + sparql + values_clause(bindings)
        body = urllib.parse.urlencode({"query": query}).encode()
        kind, answer = self._client.request("POST", self._query_url, body, {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json"})
        try:
            results = json.loads(answer)
        except ValueError:
            results = None
        if not isinstance(results, dict) or not ("boolean" in results or "results" in results):
            raise RemoteError(f"{mask(self.url)} answered {kind}, not SPARQL JSON results; only "
                              "SELECT and ASK queries give rows")
        if "boolean" in results:
            return bool(results["boolean"])
        names = tuple(results["head"]["vars"])
        return names, [tuple(json_value(row.get(name)) for name in names)
                       for row in results["results"]["bindings"]]


def values_clause(bindings: dict[str, object] | None) -> str:
    """``VALUES (?a ?b) { (term term) }`` with each term serialised (and escaped) as
    N-Triples by Oxigraph, so no text a user typed is ever pasted into the query."""
    if not bindings:
        return ""
    for name in bindings:
        if not _VARIABLE.fullmatch(name):
            raise UsageError(f"{name!r} is not a SPARQL variable name")
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(str(to_oxigraph(term)) for term in bindings.values())
    return f"\nVALUES ({names}) {{ ({terms}) }}\n"


def json_value(term: dict | None) -> Value:
    """A term of SPARQL JSON results as the Python value ``Store.run`` gives for it."""
    if term is None:
        return None
    if term["type"] in ("literal", "typed-literal"):
        if "xml:lang" in term:
            return term["value"]
        datatype = term.get("datatype", "http://www.w3.org/2001/XMLSchema#string")
        return python_value(ox.Literal(term["value"], datatype=ox.NamedNode(datatype)))
    return term["value"]


@dataclass(frozen=True)
class PushReport:
    graphs: tuple[tuple[str, int], ...]  # (graph IRI, triples) in the order pushed
    requests: int
    graph_store: str  # masked

    @property
    def triples(self) -> int:
        return sum(count for _, count in self.graphs)


def push(store: Store, *, endpoint: str, graph_store: str | None = None, user: str | None = None,
         password: str | None = None, chunk_size: int = 50_000, retries: int = 3,
         backoff: float = 0.5, timeout: float = 300.0,
         on_graph: Callable[[str, int], None] | None = None) -> PushReport:
    """Replace each disclosure's graph, and the ontology graph, on a server with the store's
    (Graph Store Protocol ``PUT {graph_store}?graph=<iri>``; default ``{endpoint}/store``,
    Oxigraph's). Other graphs on the server are left alone; pushing twice changes nothing."""
    if chunk_size < 1:
        raise UsageError(f"the chunk size is a number of triples, at least 1; got {chunk_size}")
    target = graph_store or endpoint.split("?")[0].rstrip("/") + "/store"
    client = _Client(target, user=user, password=password, timeout=timeout, retries=retries,
                     backoff=backoff)
    graphs = [d.graph for d in store.documents()]
    if not graphs:
        raise UsageError("the store holds no disclosures to push; add some with "
                         "'budgetkg build'")
    if store.has_graph(ONTOLOGY_GRAPH):
        graphs.insert(0, ONTOLOGY_GRAPH)
    pushed, requests = [], 0
    for graph in graphs:
        url = client.url + ("&" if "?" in client.url else "?") + "graph=" + \
            urllib.parse.quote(graph, safe="")
        chunks = _chunks(store, graph, chunk_size)
        for index, chunk in enumerate(chunks):
            # N-Triples is Turtle too, and text/turtle is what every Graph Store accepts.
            client.request("PUT" if index == 0 else "POST", url, "".join(chunk).encode(),
                           {"Content-Type": "text/turtle; charset=utf-8"})
        requests += len(chunks)
        pushed.append((graph, sum(map(len, chunks))))
        if on_graph is not None:
            on_graph(graph, pushed[-1][1])
    return PushReport(tuple(pushed), requests, mask(client.url))


def _chunks(store: Store, graph: str, size: int) -> list[list[str]]:
    """A graph's N-Triples lines in requests of at most ``size`` lines (always at least one,
    so an empty graph is still replaced). Lines with blank nodes all go in the first: a blank
    node label means the same node only within one request."""
    blank, ground = [], []
    for quad in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
        has_blank = isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object,
                                                                          ox.BlankNode)
        (blank if has_blank else ground).append(f"{quad.triple} .\n")
    blank.sort()
    ground.sort()
    first = max(size - len(blank), 0)
    return [blank + ground[:first]] + [ground[i:i + size] for i in range(first, len(ground), size)]
