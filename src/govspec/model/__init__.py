"""Syntax tree -> resolved model (frozen dataclasses), and the model's JSON snapshot."""
