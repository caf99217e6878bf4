"""Analyses: the graph in, DataFrames or plain values out; nothing here reads files or mutates the graph.

profiles (indicators, similarity), scoring (the pair table per purpose), reasons, context (borders,
memberships), partners, communities, plan_offices and engine (the shared partition engine), cooperation,
registers, validation (hold-out recall), gaps/, plans (with plan_config and plan_term), scorecard and
compare. The words of the questions (purposes …) are in :mod:`dknet.schema`; :mod:`dknet.api` is the door.
"""
