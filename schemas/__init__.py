"""Avro schemas of the pipeline's records and their codec.

The `.avsc` files beside this module are the binding form of the contract
(shared/spec/records.md). `codec` frames Avro binary with the single-object encoding;
`json_form` converts the contract's JSON form to Avro data and back, with errors that
name the field and the reason but never echo a value.
"""

from schemas.codec import decode, encode, load_schema
from schemas.json_form import RecordError, from_json, to_json, validate_input

__all__ = [
    "RecordError",
    "decode",
    "encode",
    "from_json",
    "load_schema",
    "to_json",
    "validate_input",
]
