"""Findings and models -> text a person or a program reads: text, JSON, diagrams."""
