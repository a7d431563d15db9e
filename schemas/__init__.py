"""marshmallow schemas: request validation, response shapes, the OpenAPI components."""
