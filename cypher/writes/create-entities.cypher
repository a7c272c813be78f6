// Creates new entities. The type label (Person, Organization, …) is set dynamically from row.label, which the adapter
// derives from an ontology type name (validated [A-Z][A-Z0-9_]*), never from article text.
// $rows: [{id, type, label, name, nameKey, lastToken}]
UNWIND $rows AS row
CREATE (e:Entity:$(row.label))
SET e.id = row.id, e.type = row.type, e.name = row.name, e.nameKey = row.nameKey, e.lastToken = row.lastToken,
    e.curated = false, e.manualAliases = [], e.aliases = [], e.aliasKeys = [], e.searchText = ''
