// Ranked search over names and aliases. searchText holds every name of the entity already folded by NameKey
// (lower case, no diacritics, no punctuation), so the plain standard analyzer is enough and queries fold the same way.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}
