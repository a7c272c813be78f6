// Creates the entities an article introduces. The type label (Person, Organization, …) is set dynamically from
// row.label, which the adapter derives from an ontology type name (validated [A-Z][A-Z0-9_]*), never from input text.
// $rows: [{id, type, label, name}]
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.label), e.type = row.type, e.name = row.name, e.aliases = [], e.keys = [], e.manualAliases = []
