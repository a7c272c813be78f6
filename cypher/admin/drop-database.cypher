// Drops a database made by create-database (run against the system database).
// $name: database name
DROP DATABASE $name IF EXISTS
