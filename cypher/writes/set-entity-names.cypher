// Writes each entity's canonical name, aliases, NameKeys and full-text text, as the adapter computed them from its mentions.
// $rows: [{id, name, aliases, keys, searchText}]
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.keys = row.keys, e.searchText = row.searchText
