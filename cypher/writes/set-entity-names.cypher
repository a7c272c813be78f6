// Writes what the adapter derived for each entity: id and canonical name (the fullest mention; the id follows the name),
// aliases (one spelling per NameKey), alias keys for resolution, and the folded text of the full-text index.
// $rows: [{id, newId, name, nameKey, lastToken, aliases, aliasKeys, searchText}]
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.id = row.newId, e.name = row.name, e.nameKey = row.nameKey, e.lastToken = row.lastToken,
    e.aliases = row.aliases, e.aliasKeys = row.aliasKeys, e.searchText = row.searchText
