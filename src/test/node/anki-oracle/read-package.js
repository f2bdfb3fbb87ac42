// Reads an Anki package with the npm package anki-reader and prints what it found as JSON:
// each deck with its cards' fields and note types, the note types' names, and the notes' guids and tags.
// Usage: node read-package.js deck.apkg
const fs = require('fs');
const { readAnkiPackage } = require('anki-reader');

readAnkiPackage(new Blob([fs.readFileSync(process.argv[2])]))
  .then(({ collection }) => {
    const models = collection.getModels();
    const decks = [];
    for (const deck of Object.values(collection.getDecks())) {
      const cards = Object.values(deck.getCards()).map((card) => {
        const model = models[String(card.getModelId())];
        return { fields: Object.values(card.getFields()), model: model ? model.modelJson.name : null };
      });
      decks.push({ name: deck.getName(), cards });
    }
    const notes = collection.getRawCollection().exec('select guid, tags from notes order by id')[0];
    console.log(JSON.stringify({
      decks,
      notes: (notes ? notes.values : []).map(([guid, tags]) => ({ guid, tags: tags.trim().split(/\s+/).filter(Boolean) })),
    }));
  })
  .catch((error) => {
    console.error(String(error));
    process.exit(1);
  });
