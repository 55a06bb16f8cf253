"""Remote SPARQL servers: push to and query a real Oxigraph server that the tests start and
stop themselves; credentials, retries and server quirks against a tiny local HTTP server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from budgetkg.build import build
from budgetkg.query import list_queries, run_query
from budgetkg.remote import Endpoint, RemoteError, json_value, mask, push, values_clause
from budgetkg.render import OutputFormat, render
from budgetkg.store import ONTOLOGY_GRAPH, Store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "203002-changli-organisation-department-2020-budget.txt"
VARIETY = ROOT / "tests" / "cases" / "variety-pipe-tables-yuan" / "document.txt"
PARAMS = {"by_policy": {"policy": "昌发[2019]4号"}}
SECRET = "s3cret-Pa55"
OTHER = "http://example.org/someone-elses-graph"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def oxigraph_binary() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the 'oxigraph' server command is missing: pip install '.[test]' installs it")
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """A fresh Oxigraph server on a free port; its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
         "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):  # at most about 20 s
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"oxigraph serve stopped: {process.stderr.read().decode()}")
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph serve did not answer within 20 s")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("remote-store") / "store"
    build([SEED, VARIETY], store=path)
    with Store(path) as opened:
        yield opened


@pytest.fixture(scope="module")
def closed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small store the command-line tests open in their own process."""
    path = tmp_path_factory.mktemp("cli-store") / "store"
    build([VARIETY], store=path)
    return path


def snapshot(server: str) -> ox.Dataset:
    """Everything on the server, canonical (blank nodes of the shapes relabelled)."""
    request = urllib.request.Request(f"{server}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request) as response:
        dataset = ox.Dataset(ox.parse(response.read(), format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return dataset


def put(server: str, graph: str, turtle: str) -> None:
    request = urllib.request.Request(
        f"{server}/store?graph={urllib.request.quote(graph, safe='')}", data=turtle.encode(),
        method="PUT", headers={"Content-Type": "text/turtle"})
    urllib.request.urlopen(request).close()


@pytest.fixture(scope="module")
def pushed(server: str, store: Store):
    put(server, OTHER, "<http://example.org/a> <http://example.org/b> 'kept' .")
    stale = store.documents()[0].graph
    put(server, stale, "<http://example.org/stale> <http://example.org/b> 'gone' .")
    return push(store, endpoint=server)


def test_push_sends_every_disclosure_and_the_ontology(pushed, store: Store, server: str):
    graphs = [graph for graph, _ in pushed.graphs]
    assert graphs == [ONTOLOGY_GRAPH, *(d.graph for d in store.documents())]
    assert pushed.triples == len(store) and pushed.requests == 3
    on_server = {q.graph_name.value for q in snapshot(server)}
    assert on_server == {*graphs, OTHER}


def test_push_replaces_its_graphs_and_nothing_else(pushed, server: str):
    remote = Endpoint(f"{server}/query")
    assert remote.run("ASK { <http://example.org/a> ?p 'kept' }") is True
    assert remote.run("ASK { <http://example.org/stale> ?p ?o }") is False


def test_pushing_again_changes_nothing_on_the_server(pushed, store: Store, server: str):
    before = snapshot(server)
    again = push(store, endpoint=server, chunk_size=1000)  # and in smaller requests
    after = snapshot(server)
    assert again.requests > len(again.graphs)
    assert len(after) == len(before) == len(store) + 1
    assert after == before


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_query_gives_the_same_rows_remotely(pushed, store: Store, server: str, query):
    params = PARAMS.get(query.name, {})
    assert all(p.name in params for p in query.parameters if p.required), query.name
    local = run_query(query, params=params, store=store)
    remote = run_query(query, params=params, store=Endpoint(f"{server}/query"))
    assert remote.columns == local.columns
    assert remote.rows == local.rows
    assert render(remote, OutputFormat.CSV) == render(local, OutputFormat.CSV)
    if query.name == "by_policy":
        assert len(local.rows) == 2


def run_cli(*args: object) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BUDGETKG_")}
    return subprocess.run([sys.executable, "-m", "budgetkg.cli", *map(str, args)], env=env,
                          capture_output=True, text=True, encoding="utf-8", check=False)


def test_the_query_command_runs_on_an_endpoint(pushed, server: str, tmp_path: Path):
    result = run_cli("query", "by_policy", "--endpoint", f"{server}/query", "--param",
                     "policy=昌发〔2019〕4号", "--format", "csv", "--store", tmp_path / "unused")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "code,name,department,year,amount"
    assert len(result.stdout.splitlines()) == 3
    assert not (tmp_path / "unused").exists(), "a remote query opens no embedded store"


def test_an_unreachable_server_is_a_clear_error(closed_store: Path):
    port = free_port()  # nothing listens there any more
    result = run_cli("push", "--endpoint", f"http://127.0.0.1:{port}", "--store", closed_store)
    assert result.returncode == 2
    assert f"cannot reach http://127.0.0.1:{port}/store?graph=" in result.stderr
    assert "Traceback" not in result.stderr
    result = run_cli("query", "projects", "--endpoint", f"http://127.0.0.1:{port}/query")
    assert result.returncode == 2
    assert f"cannot reach http://127.0.0.1:{port}/query" in result.stderr


def test_an_empty_store_is_not_pushed(tmp_path: Path):
    with Store(tmp_path / "store") as empty, pytest.raises(Exception, match="budgetkg build"):
        push(empty, endpoint="http://127.0.0.1:9")


def test_a_rejected_query_shows_the_servers_message(server: str):
    with pytest.raises(RemoteError, match=r"rejected the request \(HTTP 400\): .*error at"):
        Endpoint(f"{server}/query").run("SELECT * WHERE {")


class Stub(BaseHTTPRequestHandler):
    """Answers with the canned (status, content type, body, headers) in turn; records each
    request as (method, path, headers, body)."""

    answers: ClassVar[list[tuple[int, str, bytes, dict]]] = []
    seen: ClassVar[list[tuple[str, str, dict, bytes]]] = []

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).seen.append((self.command, self.path, dict(self.headers), body))
        status, kind, payload, headers = type(self).answers.pop(0)
        self.send_response(status)
        for name, value in {"Content-Type": kind, **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args) -> None:  # keep the test output clean
        pass


@pytest.fixture()
def stub():
    Stub.answers, Stub.seen = [], []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


ASK_TRUE = (200, "application/sparql-results+json", b'{"head":{},"boolean":true}', {})
DENIED = (401, "text/plain", f"bad password {SECRET}".encode(),
          {"WWW-Authenticate": 'Basic realm="x"'})


def test_wrong_credentials_are_reported_without_the_password(stub: str, tmp_path: Path):
    Stub.answers = [DENIED, DENIED]
    result = run_cli("query", "projects", "--endpoint", f"{stub}/query", "--user", "ann",
                     "--password", SECRET)
    assert result.returncode == 2
    assert f"{stub}/query?union-default-graph refused the credentials (HTTP 401)" \
        in result.stderr
    assert SECRET not in result.stderr + result.stdout
    assert Stub.seen[0][2]["Authorization"].startswith("Basic ")
    host = stub.removeprefix("http://")
    with pytest.raises(RemoteError) as caught:
        Endpoint(f"http://ann:{SECRET}@{host}/query").run("ASK {}")
    assert SECRET not in str(caught.value) and "ann" not in str(caught.value)


def test_credentials_come_from_the_environment(stub: str, closed_store: Path):
    Stub.answers = [DENIED]
    env = {**os.environ, "BUDGETKG_USER": "ann", "BUDGETKG_PASSWORD": SECRET}
    result = subprocess.run([sys.executable, "-m", "budgetkg.cli", "push", "--endpoint", stub,
                             "--store", str(closed_store)], env=env, capture_output=True,
                            text=True, encoding="utf-8", check=False)
    assert result.returncode == 2 and "refused the credentials" in result.stderr
    assert SECRET not in result.stderr
    assert Stub.seen[0][0] == "PUT" and Stub.seen[0][1] == \
        f"/store?graph={urllib.request.quote(ONTOLOGY_GRAPH, safe='')}"


def test_transient_failures_are_retried(stub: str):
    Stub.answers = [(503, "text/plain", b"busy", {}), (429, "text/plain", b"slow down",
                                                      {"Retry-After": "0"}), ASK_TRUE]
    assert Endpoint(f"{stub}/query", backoff=0).run("ASK {}") is True
    assert len(Stub.seen) == 3
    Stub.answers = [(502, "text/plain", b"bad gateway", {})] * 3
    with pytest.raises(RemoteError, match=r"failed 3 times; last: HTTP 502 bad gateway"):
        Endpoint(f"{stub}/query", retries=2, backoff=0).run("ASK {}")


def test_queries_ask_for_json_over_the_union_of_graphs(stub: str):
    Stub.answers = [ASK_TRUE]
    Endpoint(f"{stub}/sparql").run("ASK {}")
    method, path, headers, body = Stub.seen[0]
    assert (method, path) == ("POST", "/sparql?union-default-graph")
    assert headers["Accept"] == "application/sparql-results+json"
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert urllib.parse.parse_qs(body.decode())["query"][0].endswith("\nASK {}")


def test_an_answer_that_is_not_sparql_json_is_a_clear_error(stub: str):
    Stub.answers = [(200, "application/rdf+xml", b"<rdf:RDF/>", {})]
    with pytest.raises(RemoteError, match=r"answered application/rdf\+xml, not SPARQL JSON"):
        Endpoint(f"{stub}/query").run("CONSTRUCT WHERE { ?s ?p ?o }")


def test_parameters_are_bound_as_escaped_terms_never_pasted():
    sneaky = 'x" } } ; DROP ALL ; # \\ \n 中文'
    clause = values_clause({"policy": Literal(sneaky), "year": Literal(2020),
                            "doc": URIRef("http://example.org/d")})
    rows = ox.Store().query("SELECT ?policy ?year ?doc WHERE {}" + clause)
    (row,) = list(rows)
    assert row["policy"].value == sneaky and row["year"].value == "2020"
    assert row["doc"] == ox.NamedNode("http://example.org/d")
    with pytest.raises(Exception, match="SPARQL variable"):
        values_clause({"a b": Literal("x")})


def test_json_terms_become_the_values_the_store_gives():
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert json_value({"type": "literal", "value": "12", "datatype": xsd + "integer"}) == 12
    value = json_value({"type": "literal", "value": "1.50", "datatype": xsd + "decimal"})
    assert str(value) == "1.50" and type(value).__name__ == "Decimal"
    assert json_value({"type": "literal", "value": "是", "xml:lang": "zh"}) == "是"
    assert json_value({"type": "uri", "value": "http://x"}) == "http://x"
    assert json_value(None) is None


def test_urls_are_masked():
    assert mask(f"https://ann:{SECRET}@example.org/q?x=1") == "https://***@example.org/q?x=1"
    assert mask("http://example.org/q") == "http://example.org/q"
    assert SECRET not in repr(Endpoint(f"http://ann:{SECRET}@example.org/q"))


def test_a_query_using_the_stores_implicit_prefixes_runs_remotely(pushed, store: Store,
                                                                  server: str):
    sparql = "SELECT ?title WHERE { ?g a bkg:Disclosure ; dct:title ?title } ORDER BY ?title"
    local = store.run(sparql)
    assert len(local[1]) == 2
    assert Endpoint(f"{server}/query").run(sparql) == local


def test_data_the_server_rejects_is_reported_with_its_message(stub: str, closed_store: Path):
    Stub.answers = [(400, "text/plain", b"Parser error at line 3", {})]
    result = run_cli("push", "--endpoint", stub, "--store", closed_store)
    assert result.returncode == 2
    assert "rejected the request (HTTP 400): Parser error at line 3" in result.stderr
    assert "Traceback" not in result.stderr and len(Stub.seen) == 1
