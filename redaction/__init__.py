"""Role-aware redaction: reporter, subject, advertiser and third parties out; offender in.

Built on Presidio's own mechanisms, over the pipeline's one spaCy parse, and configured
the way Presidio is: the NLP engine from `nlp_engine.yaml` (NlpEngineProvider) and the
recognizer registry from `recognizers.yaml` (RecognizerRegistryProvider), see `engine.py`:

- recognizers (`recognizers/`): UK phones (phonenumbers, region GB), postcodes and
  postcode districts, street addresses, street and place names, buildings, vehicle
  registrations (all formats; lower case and dateless only after a registration word),
  NI, NHS (check digit) and passport numbers, dates of birth, emails, URLs and handles
  (offline), names after cues ("calls himself", "my mate", "a girl called"), proper nouns
  the NER missed, and advert working names;
- per-record ad-hoc recognizers (`deny_list.py`, `recognizers/value_list.py`): the
  record's victim values in any formatting (deny list), the structured offender names
  (allow-list), the incident place fields;
- the candidates (`candidates.py`: which results count, and where they start and end;
  `spans.py`: overlaps settled) and the role decisions (`redactor.py`) driven by the rules
  in `roles.yaml` — the one file to read and extend — with `lexicon.yaml` (words that are
  not names), `platforms.yaml` (platform names, once) and `warnlist.yaml` (service
  numbers that are never an offender's);
- Presidio's anonymizer with typed, numbered placeholders (`[PERSON_1]`, `[PHONE_2]`): an
  anonymizer `Operator` (`placeholders.py`), the placeholder types and the precedence of
  overlapping candidates in `entities.yaml`;
- keyed HMAC pseudonyms for advert identifiers (`pseudonym.py`), and a last-resort leak
  guard over the finished output (`leak_guard.py`).
"""
