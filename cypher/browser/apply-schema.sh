#!/bin/sh
# Applies the adapter's schema (cypher/schema/*.cypher, each IF NOT EXISTS) to a Neo4j database with cypher-shell,
# for a database loaded by neo4j-admin or by hand. Uses NEO4J_URI (bolt or neo4j scheme for cypher-shell, e.g.
# neo4j://localhost:7687), NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (default neo4j).
set -eu
here=$(dirname "$0")
for file in "$here"/../schema/*.cypher; do
  # Each file is one statement without its ';': strip the comment lines and end it.
  grep -v '^[[:space:]]*//' "$file"
  echo ';'
done | cypher-shell -a "${NEO4J_URI:-neo4j://localhost:7687}" -u "${NEO4J_USER:-neo4j}" -p "$NEO4J_PASSWORD" -d "${NEO4J_DATABASE:-neo4j}"
