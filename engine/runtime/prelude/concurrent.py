# The `concurrent` package: its one submodule, futures (concurrent.futures.py), is imported with
# it so `from concurrent import futures` finds it as an attribute.
import concurrent.futures as futures
