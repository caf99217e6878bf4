"""Neo4j: push the knowledge graph into a real Neo4j, read it back, and ask dknet's questions in Cypher.

Named ``graphdb`` so it does not shadow the ``neo4j`` driver. The modules, in the order data flows:

- :mod:`~dknet.graphdb.statements` reads the Cypher files of ``cypher/`` and their headers;
- :mod:`~dknet.graphdb.runner` is the small query-runner interface (and a recording fake);
- :mod:`~dknet.graphdb.connection` is the real runner on the official driver (imported lazily);
- :mod:`~dknet.graphdb.rows` turns the graph into parameter rows (pure);
- :mod:`~dknet.graphdb.push` writes them (``dknet neo4j push``);
- :mod:`~dknet.graphdb.pull` reads them back and counts (``pull``, ``status``);
- :mod:`~dknet.graphdb.queries` runs the named queries (``dknet neo4j query``);
- :mod:`~dknet.graphdb.compare` compares two graphs strictly.

Nothing here is imported by ``import dknet.graphdb``, so the CLI starts fast. Typical use::

    from dknet.cache import load_graph
    from dknet.graphdb.connection import ConnectionSettings, connect
    from dknet.graphdb.push import push
    from dknet.graphdb.queries import run_named_query

    with connect(ConnectionSettings("bolt://localhost:7687", "neo4j", password)) as runner:
        push(load_graph(), runner)
        run_named_query(runner, "partner_candidates", {"kommunenummer": "5026"})
"""
