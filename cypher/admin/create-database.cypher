// Creates a database and waits until it is online (run against the system database; Neo4j Enterprise or a multi-database Aura).
// Used to give each live contract-test store a database of its own. $name: database name
CREATE DATABASE $name IF NOT EXISTS WAIT
