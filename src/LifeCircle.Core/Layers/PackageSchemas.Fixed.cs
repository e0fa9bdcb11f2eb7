namespace LifeCircle.Core.Layers;

/// <summary>The parts of the package schemas that are not layers: dataset.json's metadata and district, themes.json and categories.json.</summary>
public static partial class PackageSchemas
{
    private const string DatasetSchema = """
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://lifecircle-opendata.github.io/schemas/dataset.schema.json",
  "title": "dataset.json of a LifeCircle dataset package",
  "description": "What the dataset is, who publishes it, under which licence, where its values come from, and where each layer is and in which CRS. See docs/dataset-format.md.",
  "type": "object",
  "required": [
    "metadata",
    "district"
  ],
  "properties": {
    "metadata": {
      "type": "object",
      "required": [
        "districtCode",
        "title",
        "description",
        "publisher",
        "licence",
        "version",
        "crs",
        "sourceCrs",
        "provenance",
        "sources"
      ],
      "properties": {
        "districtCode": {
          "type": "string",
          "description": "The district's administrative code, e.g. 150303."
        },
        "title": {
          "$ref": "#/$defs/localized"
        },
        "description": {
          "$ref": "#/$defs/localized"
        },
        "publisher": {
          "type": "string"
        },
        "contact": {
          "type": "string",
          "description": "Optional: an e-mail or web address for questions."
        },
        "licence": {
          "type": "object",
          "required": [
            "id",
            "title",
            "url"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "SPDX id, e.g. CC-BY-4.0."
            },
            "title": {
              "type": "string"
            },
            "url": {
              "type": "string",
              "format": "uri"
            }
          }
        },
        "version": {
          "type": "string",
          "description": "The publisher's label, e.g. 2025.1."
        },
        "crs": {
          "const": "(set from CoordinateSystems.Crs84)",
          "description": "Published coordinates are always CRS84 after import."
        },
        "sourceCrs": {
          "type": "string",
          "description": "A note on where the coordinates came from."
        },
        "provenance": {
          "type": "object",
          "description": "Per layer: how it was made.",
          "additionalProperties": {
            "type": "object",
            "required": [
              "origin",
              "note"
            ],
            "properties": {
              "origin": {
                "enum": [
                  "sourced",
                  "illustrative",
                  "mixed"
                ]
              },
              "note": {
                "type": "string"
              }
            }
          }
        },
        "sources": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "id",
              "title"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "url": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "licence": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          }
        }
      }
    },
    "district": {
      "type": "object",
      "required": [
        "code",
        "name",
        "population",
        "populationSource"
      ],
      "properties": {
        "code": {
          "type": "string"
        },
        "name": {
          "$ref": "#/$defs/localized"
        },
        "population": {
          "type": "integer",
          "minimum": 0
        },
        "populationSource": {
          "type": "string"
        }
      }
    }
  },
  "$defs": {
    "localized": {
      "type": "object",
      "required": [
        "zh",
        "en"
      ],
      "properties": {
        "zh": {
          "type": "string"
        },
        "en": {
          "type": "string"
        }
      }
    }
  }
}
""";

    private const string CatalogueSchema = """
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://lifecircle-opendata.github.io/schemas/catalogue.schema.json",
  "title": "themes.json and categories.json of a LifeCircle dataset package",
  "description": "themes.json is an array of themes; categories.json (optional; the national catalogue by default) an array of categories.",
  "$defs": {
    "localized": {
      "type": "object",
      "required": [
        "zh",
        "en"
      ],
      "properties": {
        "zh": {
          "type": "string"
        },
        "en": {
          "type": "string"
        }
      }
    },
    "theme": {
      "type": "object",
      "required": [
        "id",
        "name",
        "categoryCodes"
      ],
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[a-z0-9-]+$"
        },
        "name": {
          "$ref": "#/$defs/localized"
        },
        "leadBureau": {
          "oneOf": [
            {
              "$ref": "#/$defs/localized"
            },
            {
              "type": "null"
            }
          ],
          "description": "Only where a source names it."
        },
        "categoryCodes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      }
    },
    "category": {
      "type": "object",
      "required": [
        "code",
        "name",
        "walkingMinutes",
        "tier",
        "standard"
      ],
      "properties": {
        "code": {
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "name": {
          "$ref": "#/$defs/localized"
        },
        "walkingMinutes": {
          "enum": [
            5,
            10,
            15
          ]
        },
        "tier": {
          "enum": [
            "basic",
            "quality"
          ]
        },
        "standard": {
          "type": "string"
        }
      }
    }
  },
  "oneOf": [
    {
      "type": "array",
      "items": {
        "$ref": "#/$defs/theme"
      }
    },
    {
      "type": "array",
      "items": {
        "$ref": "#/$defs/category"
      }
    }
  ]
}
""";
}
