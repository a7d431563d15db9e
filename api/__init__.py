"""The edge: HTTP blueprints, problem+json errors, bearer auth, the chart and the CLI verbs."""
