"""Who did it: the role of the person behind an act the indicator patterns found.

An exploitation indicator is about a third party controlling the worker. The same words
("took my passport", "locked the door", "drove me to") are a robbery, an abduction or a
lift when the one who did it is a client in one booking, the worker herself, or someone
she chose and pays. This module reads the one parse for the agent of a hit (the subject of
its verb, the "by" of a passive, the noun a "who" clause hangs on), follows a pronoun back
to the person it most likely names, and gives that person one of these roles:

    worker   the worker herself, the reporter, the writer of her own advert
    client   a client, punter or customer (one booking: his acts are crimes, not control)
    helper   someone she chose: a friend, flatmate, interpreter; a maid, receptionist or
             driver she pays
    partner  a husband, boyfriend or ex: his acts decide (he may control her, or not)
    third    a boss, madam, manager, agency, owner: someone named by a controller's word
    unknown  anyone else: "a man", a name introduced without a role, a "he" with no one
             before it

The words for each role are data (`actors:` in `patterns/indicators.yaml`). An unknown
person counts as a third party unless the indicator says otherwise (`corroborate_by`): the
indicator's own definition then decides, and one weak signal never routes.

A helper is hers only when nothing says otherwise: "his mate" or "their friend" is someone
else's man, and a 'friend' or 'boyfriend' in quotes is the writer's doubt (a third party);
"the lady who runs it" is a boss. Where the parse gives an act to the worker but the hit
opens with a controller's word ("Mama-san answer phone, I no talk customer") or says it was
done on her behalf ("answered questions on pt's behalf"), the act is not hers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from common.sources import is_advert
from redaction.roles import load_role_rules

ROLES = ("worker", "client", "helper", "partner", "third", "unknown")
QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Entity types that never name a person (a pronoun never goes back to them).
NOT_PERSON_ENTS = frozenset(
    {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "PRODUCT"}
)
LOOK_BACK_SENTENCES = 3  # how far back a pronoun may find the person it names
NAME_CUE_WINDOW = 5  # tokens before a name where its role word may sit ("my manager Laci")


@dataclass(frozen=True)
class ActorWords:
    """The role words of the pattern file (`actors:`)."""

    roles: dict[str, frozenset[str]]  # role -> words (lower case, lemmas or forms)
    male: frozenset[str]  # words for a man ("man", "bloke", "boyfriend"): a "he" may name them
    female: frozenset[str]  # words for a woman ("madam", "auntie", "maid")
    plural: frozenset[str]  # words for several people ("lads", "organisers")
    paid_helpers: frozenset[str]  # helpers only when she pays them (maid, receptionist, driver)
    paid_cues: tuple[tuple[str, ...], ...]  # phrases saying she pays a helper ("i pay him")
    review_cues: frozenset[str]  # words of a client's review: its first person is a client
    client_verbs: frozenset[str] = frozenset()  # "a man who booked her": a client (lemmas)
    controller_verbs: frozenset[str] = frozenset()  # "the lady who runs it": a boss (lemmas)
    other: frozenset[str] = frozenset()  # "another resident": not the worker of the note
    booking_verbs: frozenset[str] = frozenset()  # "this fella booked me": its doer is a client (lemmas)
    worker_objects: frozenset[str] = frozenset()  # the objects of a booking that are her ("me", "her")
    first_person: frozenset[str] = frozenset()  # "i", "we": the narrator
    she: frozenset[str] = frozenset()
    he: frozenset[str] = frozenset()
    they: frozenset[str] = frozenset()
    relative: frozenset[str] = frozenset()  # "who", "that": "the man WHO runs it"
    first_person_singular: frozenset[str] = frozenset()  # "i", "me": one narrator (not an agency's "we")
    no_one: frozenset[str] = frozenset()  # "no", "without": "no agency" names no one
    partner_if_hers: frozenset[str] = frozenset()  # "her fella" is her partner, "a fella" just a man
    family: frozenset[str] = frozenset()  # her own relatives ("her brother", "my dad"): who lent her money
    lending_verbs: frozenset[str] = frozenset()  # "her brother LENT her £1,200", "a LOAN from" (lemmas)
    debt_verbs: frozenset[str] = frozenset()  # "OWES her brother £300", "REPAYS her dad" (lemmas)
    speech_verbs: frozenset[str] = frozenset()  # "the volunteer ASKED": who tells of it (lemmas)
    # the workers spoken of in the third person on a page ("our girls", "cam models wanted"): its
    # "I" and "we" run them
    workers_spoken_of: frozenset[str] = frozenset()
    # people whose word about her is an accusation ("the harasser had been telling people ..."; stop 46)
    hostile: frozenset[str] = frozenset()
    # role words that are men's names too ("Gent takes all the money": her boss, named Gent; stop 49)
    names_too: frozenset[str] = frozenset()

    @classmethod
    def from_spec(cls, spec: dict[str, Any], relative: frozenset[str] = frozenset()) -> ActorWords:
        """`spec`: the pattern file's `actors:`; `relative`: the relative pronouns (roles.yaml's)."""

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in spec.get(key) or [])

        roles = {role: words(role) for role in ROLES if role not in ("third", "unknown")}
        roles["third"] = words("controller")
        unknown = set(spec) - {*ROLES, "controller", "male", "female", "plural", "paid_helpers", "paid_cues",
                               "review_cues", "client_verbs", "controller_verbs", "other", "booking_verbs",
                               "worker_objects", "first_person", "first_person_singular", "no_one", "she", "he",
                               "they", "partner_if_hers", "family", "lending_verbs", "debt_verbs",
                               "speech_verbs", "workers_spoken_of", "hostile", "names_too"}  # fmt: skip
        if unknown:
            raise ValueError(f"indicators.yaml actors: unknown keys {sorted(unknown)}")
        cues = tuple(tuple(str(p).lower().split()) for p in spec.get("paid_cues") or [])
        return cls(roles, words("male"), words("female"), words("plural"), words("paid_helpers"), cues,
                   words("review_cues"), words("client_verbs"), words("controller_verbs"), words("other"),
                   words("booking_verbs"), words("worker_objects"), words("first_person"), words("she"),
                   words("he"), words("they"), relative, words("first_person_singular"),
                   words("no_one"), words("partner_if_hers"), words("family"), words("lending_verbs"),
                   words("debt_verbs"), words("speech_verbs"), words("workers_spoken_of"),
                   words("hostile"), words("names_too"))  # fmt: skip

    def person_word(self, word: str) -> bool:
        return (
            word in self.male
            or word in self.female
            or word in self.plural
            or any(word in ws for ws in self.roles.values())
        )


@dataclass
class DocActors:
    """The roles of the people in one text (built once per record)."""

    doc: Doc
    words: ActorWords
    source: str
    sentence_starts: list[int]
    first_person_role: str = "worker"
    she_role: str = "worker"  # who an unresolved "she" is: the worker, unless the worker tells it
    paid: bool = False  # the text says she pays a maid, receptionist or driver
    names: dict[str, str] = field(default_factory=dict)  # name (lower case) -> role
    pronouns: dict[int, str] = field(default_factory=dict)  # token index of a he/she/they -> role
    # names a "she" or "her" went back to ("my mate Kasia (not her real name)"): a "he" never does
    her_names: set[str] = field(default_factory=set)
    # a case note that opens its account of the woman as "Client (Ukrainian, 31)": its bare "Client" is she
    # (`note_client`; stop 51, dev_zf), not a man who paid her
    note_client: bool = False

    # -- public -----------------------------------------------------------------------
    def agent_role(self, span: Span) -> str | None:
        """The role of whoever did the act of a hit. A passive without its "by" ("she was
        locked in until 6am when he let her out"): the role of the person the rest of the
        sentence is about, when that is a client, the worker or her helper; else None."""
        agent = agent_of(span)
        if agent is not None and self._misread_verb(agent):
            agent = self._earlier_subject(agent)
        if agent is not None:
            role = self.role_of(agent)
            if role == "worker" and _acts_on_her(span, agent, self.words.first_person):
                return "unknown"  # "he gives HER crack": whoever it is, it is not her
            if role == "worker" and self._led_by_controller(span, agent):
                return "third"
            if role == "unknown" and agent.pos_ == "PROPN" and _own_hand(span) is not None:
                return "worker"  # "Kira set the price, took the cash herself": a woman of no role, by her own hand
            return role
        if self._led_by_controller(span, None):
            return "third"
        if _booked_passive(span, self.words):
            return "client"  # "two men there, not one like was booked": the client's own booking
        if not _passive(span):
            # "set the price, took the money herself": her own hand in one of the acts listed (stop 47)
            own = _own_hand(span)
            # "her own" (the owner of another listed act's object) is the woman the note is about, whoever
            # the parse took "her" for
            if own is not None and (self.role_of(own) == "worker" or (own.dep_ == "poss" and self._her(own))):
                return "worker"
            return self._subjectless_role(span)
        sent = span.sent
        roles = {self.role_of(t) for t in sent if t.dep_ == "nsubj" and t.i not in range(span.start, span.end)}
        for role in ("client", "helper"):
            if role in roles:
                return role
        return None

    def _subjectless_role(self, span: Span) -> str | None:
        """The client or helper who did an act the parse gave no subject, or None."""
        # a role word it hung on the verb instead ("A regular picks me up": "regular" read as an adjective)
        # still says who; else say nothing
        word = _unattached_subject(span) or _acl_noun(span)
        role = self.mention_role(word) if word is not None else "unknown"
        if role in ("client", "helper"):
            return role
        # a list of someone's acts opened by a colon ("a client calling himself Vinnie has: - asked to look
        # after her card - ..."): the subject that opened it did them (stop 48, helper_zzd)
        opener = _list_opener(span)
        role = self.role_of(opener) if opener is not None else "unknown"
        return role if role in ("client", "helper") else None

    def _misread_verb(self, agent: Token) -> bool:
        """Is the subject the parse found a verb of a list of acts read as a noun ("she owns the profile,
        ..., chooses and uploads the pictures herself, sets prices": "chooses" made the subject of "sets";
        stop 47, dev_zb)? A noun that is no person, with a verb conjoined to it or an object of its own."""
        return (
            agent.pos_ == "NOUN"
            and not self._a_person(agent)
            and any((c.dep_ == "conj" and c.pos_ == "VERB") or c.dep_ in ("dobj", "obj") for c in agent.children)
        )

    def _earlier_subject(self, agent: Token) -> Token | None:
        """The last person the sentence made a subject before a misread one: whose list of acts it is."""
        earlier = [t for t in agent.sent if t.i < agent.i and t.dep_ == "nsubj" and self._a_person(t)]
        return earlier[-1] if earlier else None

    def done_to_her_by(self, span: Span) -> str | None:
        """Who does an act done to her that names no doer ("I was not allowed to leave", "she is
        not allowed out"): the person the rest of its sentence names as a subject or a "by"
        ("he did not hit me, but I was not allowed to leave until 7am": the client of that
        booking). A boss or a partner there decides; else a client or her helper; else None. A
        helper who only tells of it ("when the volunteer ASKED, she said she isn't allowed to stop
        ...") did nothing."""
        inside = range(span.start, span.end)
        people = [t for t in span.sent if t.dep_ in SUBJECT_DEPS and t.i not in inside]
        people += [c for t in span.sent if t.dep_ == "agent" for c in t.children if c.dep_ == "pobj"]
        roles = {
            role
            for t in people
            if (role := self.role_of(t)) != "helper" or t.head.lemma_.lower() not in self.words.speech_verbs
        }
        return next((role for role in ("third", "partner", "client", "helper") if role in roles), None)

    def creditor(self, span: Span) -> str | None:
        """Who she owes, for a debt: the person the hit's owe / repay verb names ("owes her
        brother £300", "repays it to her dad"), else whoever lent the money in its sentence or
        the one before ("Her brother lent her £1,200 ..., which she repays at £50 a month",
        "Deposit lent by a family friend"): their role, or "family" for her own relative; None
        when no one is named."""
        verb = _verb_of(span)
        if verb.lemma_.lower() in self.words.debt_verbs:
            owed = [c for c in verb.children if c.dep_ in ("dative", "dobj", "obj")]
            owed += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                     if g.dep_ == "pobj"]  # fmt: skip
            for token in owed:
                if self._a_person(token):
                    role = self._creditor_role(token)
                    if role is not None:
                        return role
        sent = _sentence_of(self.sentence_starts, span.start)
        first = self.sentence_starts[max(0, sent - 1)]
        end = span.sent.end
        for token in self.doc[first:end]:
            if token.lemma_.lower() not in self.words.lending_verbs:
                continue
            # "lent BY a family friend" (whatever the parse made its subject), "a loan FROM her brother"
            lender = next((g for c in token.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from")
                           for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
            if lender is None:
                lender = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if lender is not None and self._a_person(lender):
                role = self._creditor_role(lender)
                if role is not None:
                    return role
        return None

    def _a_person(self, token: Token) -> bool:
        low, lemma = token.lower_, token.lemma_.lower()
        name = token.pos_ == "PROPN" and token.ent_type_ not in NOT_PERSON_ENTS
        return (
            name
            or token.ent_type_ == "PERSON"
            or self.words.person_word(low)
            or self.words.person_word(lemma)
            or low in self.words.family
            or lemma in self.words.family
            or low in self.words.first_person
            or low in self.words.he | self.words.she | self.words.they  # "I pay HER back": whom she names
        )

    def _creditor_role(self, token: Token) -> str | None:
        """A relative of hers ("her brother", "my dad") is "family"; anyone else named their role. A
        pronoun counts only where the person it names is her relative ("owes her dad £500 and repays
        HIM £25 a week"): a "him" the chain may give a client or a nurse says too little."""
        low = token.lower_
        if low in self.words.he | self.words.she | self.words.they and low not in self.words.first_person:
            if low in self.words.she and self.role_of(token) == "worker":
                return "worker"  # "walked out owing HER £160": she is owed
            named = self._antecedent(token)
            return "family" if named is not None and self._her_relative(named) else None
        if self._her_relative(token):
            return "family"
        return self.role_of(token)

    def _her_relative(self, token: Token) -> bool:
        """Her brother, my dad (not "his brother": someone else's man)."""
        if not (token.lower_ in self.words.family or token.lemma_.lower() in self.words.family) or not _owned(token):
            return False
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        return owner is None or owner.lower_ not in self.words.he | self.words.they

    def _led_by_controller(self, span: Span, agent: Token | None) -> bool:
        """Does the hit open with a controller's word that the parse did not make its object
        ("Mama-san answer phone, I no talk customer": a broken parse gives the act to "I")?"""
        lead = span[0]
        if agent is not None and lead.i == agent.i:
            return False
        return lead.dep_ not in ("dobj", "pobj", "dative", "obj") and self.mention_role(lead) == "third"

    def third_party_page(self) -> bool:
        """Is this a page someone other than the worker wrote about her (an agency's advert:
        "our girls"), not her own advert, a review or a report?"""
        return is_advert(self.source) and self.first_person_role == "third"

    def own_advert(self) -> bool:
        """Is this the worker's own advert (desktop research whose "I" is the worker) naming no
        one who runs her (a boss, a manager, an agent)? There a tour is hers: "Leeds this week,
        Hull next week, call me" (issue 15). A page without a first person, or one that names
        her manager, is not."""
        if not is_advert(self.source) or self.first_person_role != "worker":
            return False
        if not any(t.lower_ in self.words.first_person_singular for t in self.doc):
            return False  # "our therapists travel between the branches": whoever runs them
        runs = self.words.roles["third"]
        # "no agency, no boss" names no one
        return not any(
            (t.lower_ in runs or t.lemma_.lower() in runs)
            and not (t.i and self.doc[t.i - 1].lower_ in self.words.no_one)
            for t in self.doc
        )

    def client_review(self) -> bool:
        """Is this a client's review of a visit (its "I" is a client)?"""
        return is_advert(self.source) and self.first_person_role == "client"

    def by_worker(self, span: Span) -> bool:
        """Is the one who does it the worker (or nobody named)? Never a man, a client, a boss:
        "she owes him" counts, "he still owes us" does not."""
        agent = agent_of(span) or _passive_subject(span)  # "clients are not allowed to ...": the clients
        if agent is None:
            # a conjoined verb whose subject the parse lost ("He has no key ... and has no say in what she
            # does"; "Explained the site charges a fee and has no say"): that subject, if it is no person
            # or not her, did it (stop 38, dev_s)
            lost = _lost_subject(span)
            return lost is None or (self._a_person(lost) and self._her(lost) and not self._of_another(span, lost))
        return self._her(agent) and not self._of_another(span, agent)

    def _of_another(self, span: Span, doer: Token) -> bool:
        """Is what the hit's verb is about someone else's, named ("Carys ... has no say in BETH'S work": the
        bookkeeper has no say over the worker; stop 46, dev_za)? A name owning a word of the verb's object,
        other than the doer's: the doer is not the worker whose work it is."""
        verb = _verb_of(span)
        if doer.lower_ in ("she", "i", "her", "me"):
            return False  # "she has no say in Nia's work": whoever she is, the parse cannot tell
        return any(
            t.dep_ == "poss"
            and t.pos_ == "PROPN"
            and t.lower_ != doer.lower_
            and t.head.pos_ != "PROPN"
            and not self.words.person_word(t.head.lower_)  # "Vlad's cousin": a person, not her work
            for c in verb.children
            if c.dep_ in ("dobj", "obj", "attr")
            for t in c.subtree
        )

    def hostile_page(self) -> bool:
        """Is this a page a vigilante group or a troll posted about her ("JUSTICE HUNTERS posted ...: her PIMP
        drops her off, we will be there to RESCUE her"; stop 50, dev_ze)? A page whose opening sentence names its
        author by a `hostile:` word: what it says of her is its accusation, not a report of control."""
        if not is_advert(self.source) or not self.sentence_starts:
            return False
        end = self.sentence_starts[1] if len(self.sentence_starts) > 1 else len(self.doc)
        return any(t.lower_ in self.words.hostile for t in self.doc[: min(end, 40)])

    def hostile(self, speaker: Token) -> bool:
        """Is the speaker someone whose word about her is an accusation: a harasser, a stalker, a troll
        (`hostile:` words)? Not a "client", who in a case note is often the woman herself."""
        words = [speaker, *(c for c in speaker.children if c.dep_ in ("compound", "amod"))]
        return any(t.lower_ in self.words.hostile or t.lemma_.lower() in self.words.hostile for t in words)

    def said_of_her(self, span: Span) -> bool:
        """Is an act done to her said of her, or of no one named ("Not allowed out alone; Tuan
        drives them")? The subject of the hit's own verb, not of the clause it hangs on; never a
        man's ("he is not allowed to contact her")."""
        verb = _verb_of(span)
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        return subject is None or self._her(subject)

    def _her(self, person: Token) -> bool:
        """Is this the worker, or a person who may be her: never a man, a client, a boss."""
        if person.lower_ in self.words.she:
            return True  # "she owes", whoever the parse thinks "she" is
        role = self.role_of(person)
        if role == "worker":
            return True
        if role != "unknown":
            return False
        low = person.lower_
        return low not in self.words.he and person.lemma_.lower() not in self.words.male and low not in self.words.male

    def role_of(self, token: Token) -> str:
        low = token.lower_
        if low in self.words.first_person:
            return self.first_person_role
        if low == "each" and token.dep_ in SUBJECT_DEPS:
            # "each keeps what she earns", "each pays her part": each of the women, not someone over
            # them ("each of the men": the men; "three calls, each answered by a man": not hers)
            of = [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if of:
                return self.role_of(of[0])
            hers = self.words.she | {"their", "own"}
            if any(t.lower_ in hers for t in token.head.subtree if t.i > token.i):
                return "worker"
        if low in ("you", "your", "yourself", "u", "ur"):
            return "worker"  # adverts recruiting workers: "you repay from your earnings"
        if low in self.words.relative and token.head.dep_ == "relcl" and token.head.head is not token:
            return self.mention_role(token.head.head)  # "the man who runs it"
        if token.i in self.pronouns:
            return self.pronouns[token.i]
        return self.mention_role(token)

    def resolve_pronouns(self) -> None:
        """The role of every he / she / they, in text order: each takes the role of the
        person it most likely names, and a pronoun naming an earlier pronoun takes its role."""
        for token in self.doc:
            low = token.lower_
            if low not in self.words.she | self.words.he | self.words.they:
                continue
            if low not in self.words.she and _books_her(token, self.words):
                self.pronouns[token.i] = "client"  # "he booked me": whoever he is, a client
                continue
            said = _said_to_be(token)
            if low not in self.words.she and said is not None and self.mention_role(said) != "unknown":
                self.pronouns[token.i] = self.mention_role(said)  # "he was a client", "he is her boss"
                continue
            found = self._antecedent(token)
            role = self.role_of(found) if found is not None else None
            if low in self.words.he and found is not None and found.tag_ in ("NNS", "NNPS"):
                # a "he" is never the several people it comes after ("the punters complain. if i say no he holds my
                # face": not the punters): someone the text does not say (stop 47, dev_zb)
                role = "unknown"
            if low in self.words.she and found is not None and found.pos_ == "PROPN":
                self.her_names.add(found.lower_)
            if low in self.words.she:
                # the worker, unless she names a madam, a friend...; where the worker tells the
                # story herself ("I"), a "she" is someone else
                if role in (None, "unknown") or (role == "helper" and self.she_role == "worker"):
                    role = self.she_role  # a friend she is worried about is the worker of the report
                self.pronouns[token.i] = role
            else:
                self.pronouns[token.i] = role or "unknown"

    def mention_role(self, token: Token) -> str:
        """The role a noun or name gives its person: its own words, its compounds and
        appositions ("the lady owner", "my manager Laci"), or for a name, the role it was
        introduced with ("client call himself Gaz")."""
        words = [token] + [c for c in token.children if c.dep_ in ("compound", "amod", "appos", "nmod")]
        # a note's "SU sets prices" read as one noun ("SU" a compound of "sets", of "prices"; stop 47, dev_zb)
        words += [g for c in words[1:] if c.dep_ == "compound" for g in c.children if g.dep_ == "compound"]
        if token.dep_ in ("appos", "compound") and token.head is not token:
            words.append(token.head)
            # the head's own words: Boss lady "Sister Hong" is a boss, whatever her title
            words += [c for c in token.head.children if c.dep_ in ("compound", "amod") and c is not token]
        if self._the_note_client(token):
            return "worker"
        role = self._role_from_words(words)
        mine = any(c.dep_ == "poss" for c in token.children)
        if (role is None or (role == "partner" and not mine)) and _books_her(token, self.words):
            return "client"  # "this fella booked me": a client ("her fella" is her boyfriend)
        if self.doubted(role, words) == "third":
            return "third"  # a 'boyfriend' or 'friend' in quotes is the writer's doubt that he is one
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if role == "helper" and owner is not None and owner.lower_ in self.words.he | self.words.they:
            # "his mate", "their friend": someone else's helper, not one she chose
            owner_role = self.role_of(owner)
            return owner_role if owner_role in ("third", "client", "partner") else "unknown"
        if role is not None:
            return role
        if owner is not None and owner.lower_ in self.words.he | self.words.they | self.words.she:
            role = self.role_of(owner)  # "his cousins", "the madam's boys" act for their boss
            if owner.lower_ not in self.words.she or role in ("third", "partner", "client"):
                return role
        if token.pos_ == "PROPN" or token.ent_type_ == "PERSON":
            return self.names.get(token.lower_, "unknown")
        return "unknown"

    def _the_note_client(self, token: Token) -> bool:
        """Is this the bare, capitalised "Client" of a case note that introduced her so ("Client (Ukrainian,
        31) came to the UK ... he books men": the woman, not a client of hers; stop 51, dev_zf)?"""
        return self.note_client and token.text == "Client"

    def doubted(self, role: str | None, words: list[Token]) -> str | None:
        """A 'friend' or 'boyfriend' in quotes is the writer's doubt that he is one: a third party. The
        quoted word may be the head of the name it was said with (My "friend" Tomasz Wojcik; stop 42, dev_w),
        not a name in quotes after her friend's word (my friend "Kat")."""
        if role not in ("partner", "helper"):
            return role
        quoted = [w for w in words if w.i and self.doc[w.i - 1].lower_ in QUOTES]
        return "third" if any(self._role_from_words([w]) == role for w in quoted) else role

    def _role_from_words(self, tokens: list[Token]) -> str | None:
        found: set[str] = set()
        for t in tokens:
            forms = {t.lower_, t.lemma_.lower()}
            found |= {role for role, ws in self.words.roles.items() if forms & ws and self._word_says(role, t, forms)}
            if forms & self.words.paid_helpers:
                found.add("helper" if self._paid_helper(t) else "third")
        for t in tokens:  # "a man who booked her" is a client, "the lady who runs it" a boss
            if any(c.dep_ == "relcl" and c.lemma_.lower() in self.words.client_verbs and _books_no_thing(c, self.words)
                   for c in t.children):  # fmt: skip
                found.add("client")  # not "a man called Marek, who books the hotels": a booking of things
            if any(c.dep_ == "relcl" and c.lemma_.lower() in self.words.controller_verbs for c in t.children):
                found.add("third")
        for role in ("third", "client", "helper", "partner", "worker"):  # a "boss lady" is a boss
            if role in found:
                return role
        return None

    def _word_says(self, role: str, t: Token, forms: set[str]) -> bool:
        """Does a word of the role give its person that role here?"""
        if forms & self.words.names_too and t.text[:1].isupper() and not t.text.isupper():
            # "her boss, Gent", "Gent takes all the money": a man's name, not the word "gent" (stop 49, dev_zd)
            return False
        if role == "helper" and (_of_someone(t, self.words) is not None or _in_law(t)):
            # "a friend of my cousin", "a mate of the boss", "her mother-in-law": not one she chose (stop 41, dev_v)
            return False
        if role == "worker" and any(c.lower_ in self.words.other for c in t.children):
            return False  # "another resident" is not the one the note is about
        # "a fella called Arben" is a man, "her fella" her partner
        return not (role == "partner" and forms & self.words.partner_if_hers and not _owned(t))

    def _paid_helper(self, token: Token) -> bool:
        """A maid, receptionist or driver is hers when she pays them or calls them "my"."""
        near = [*token.children, *self.doc[max(0, token.i - 2) : token.i]]
        mine = any(t.lower_ == "my" for t in near) and self.first_person_role == "worker"
        return self.paid or mine

    # -- pronouns ---------------------------------------------------------------------
    def _antecedent(self, pronoun: Token) -> Token | None:
        """The person a pronoun most likely names: the nearest earlier mention that fits it,
        a subject first (the subject of the last clause is who a story goes on about)."""
        low = pronoun.lower_
        sent = _sentence_of(self.sentence_starts, pronoun.i)
        first = self.sentence_starts[max(0, sent - LOOK_BACK_SENTENCES)]
        candidates = [t for t in reversed(self.doc[first : pronoun.i]) if self._fits(t, low)]
        for t in candidates:
            if t.dep_ in SUBJECT_DEPS or (t.dep_ in ("appos", "compound") and t.head.dep_ in SUBJECT_DEPS):
                return t
        return candidates[0] if candidates else None

    def _fits(self, token: Token, pronoun: str) -> bool:
        low, lemma = token.lower_, token.lemma_.lower()
        if token.pos_ == "PRON" and low not in self.words.roles["partner"]:  # "her ex" is tagged a pronoun
            # an earlier pronoun stands for whoever it names (resolved before this one)
            return (
                (pronoun in self.words.he and low in ("he", "him"))
                or (pronoun in self.words.they and low in ("they", "them"))
                or (pronoun in self.words.she and low == "she")
            )
        name = (token.pos_ == "PROPN" and token.ent_type_ not in NOT_PERSON_ENTS) or token.ent_type_ == "PERSON"
        if pronoun in self.words.she:
            return lemma in self.words.female or low in self.words.female or (name and self._name_may_be_her(token))
        if pronoun in self.words.they:
            return low in self.words.plural or lemma in self.words.plural
        # he: a man's word or a role word that is not the worker's, or a name
        if low in self.words.female or lemma in self.words.female or self._the_note_client(token):
            return False
        if lemma in self.words.roles["worker"] or low in self.words.roles["worker"]:
            return False
        if name:
            # a helper's word the parse took for a name ("Staff found an advert ...; he writes her
            # messages": staff, outreach, a nurse are no "he"; the worker's words are out above; stop 39)
            if low in self.words.roles["helper"]:
                return False
            return self.names.get(low, "unknown") != "worker" and low not in self.her_names
        return (
            low in self.words.male
            or lemma in self.words.male
            or any(lemma in self.words.roles[r] or low in self.words.roles[r] for r in ("client", "third", "partner"))
            or lemma in self.words.paid_helpers
        )

    def _name_may_be_her(self, token: Token) -> bool:
        return self.names.get(token.lower_) in ("third", "helper", "worker", None)


class Actors:
    """Builds the `DocActors` of a text from the pattern file's `actors:` words."""

    def __init__(self, spec: dict[str, Any], relative: frozenset[str] | None = None) -> None:
        """`relative`: the relative pronouns, default redaction/roles.yaml's (one list for both)."""
        self.words = ActorWords.from_spec(spec, load_role_rules().relative if relative is None else relative)

    def read(self, doc: Doc, source: str, sentence_starts: list[int]) -> DocActors:
        actors = DocActors(doc, self.words, source, sentence_starts)
        lows = [t.lower_ for t in doc]
        # a support service's note whose "Client (" opens an account of her (a worker's own report's "Client
        # (said he was Rich ...)" is a man: only a partner's note)
        actors.note_client = source == "partner" and any(
            t.text == "Client" and t.i + 1 < len(doc) and doc[t.i + 1].text == "(" for t in doc
        )
        actors.paid = any(_has_phrase(lows, cue) for cue in self.words.paid_cues) or _pays_helper_named(doc, self.words)
        actors.first_person_role = self._first_person(doc, source, set(lows))
        if actors.first_person_role == "worker" and sum(w in ("i", "me", "my") for w in lows) >= 2:
            actors.she_role = "unknown"
        actors.names = self._names(doc, actors)
        actors.resolve_pronouns()
        return actors

    def _first_person(self, doc: Doc, source: str, lows: set[str]) -> str:
        """Who "I" and "we" are. A report or a worker's own advert: the worker's side. An
        advert or page that speaks of the workers in the third person ("our girls", "she
        does not speak English, call me"): whoever runs them. A client's review: a client."""
        if not is_advert(source):
            return "worker"
        if lows & self.words.review_cues:
            return "client"
        return "third" if lows & self.words.workers_spoken_of else "worker"

    def _names(self, doc: Doc, actors: DocActors) -> dict[str, str]:
        """The role each name was introduced with: its own words and the nouns right before
        it ("Madam Joy", "my manager Laci", "client Gaz", "dealer Kane"), an apposition
        ("Wayne, another resident"), or the person of the clause that names it ("client
        call himself Gaz", "a man she calls Deano")."""
        names: dict[str, str] = {}
        for token in doc:
            if token.pos_ != "PROPN" or token.lower_ in names:
                continue
            if token.ent_type_ in NOT_PERSON_ENTS and _name_given(token) is None:
                continue  # a place, a date; but a name given as one ("said name Marcus") is a person's
            role = actors._role_from_words([token, *_words_before(token, actors.words)])
            if role is None and _working_name(token):
                role = "worker"  # "Zara (working name Zara Blue) ... Zara takes all the money": hers (stop 42, dev_w)
            if role is None:
                # not a contrast the parse made an apposition ("who paid Graham, not SU": Graham is not SU)
                same = [c for c in token.children if c.dep_ in ("appos", "compound")]
                same = [c for c in same if not (c.i and doc[c.i - 1].lower_ in actors.words.no_one)]
                role = actors.doubted(actors._role_from_words(same), same)
            if role is None and token.dep_ == "appos":
                role = actors._role_from_words([token.head])
            if role is None:
                introducer = _introducer(token)
                if introducer is not None:
                    role = actors._role_from_words([introducer, *introducer.children])
                    if role is None and _books_her(introducer, actors.words):
                        role = "client"  # "booked by a man calling himself Oliver"
            if role is None and _books_her(token, actors.words):
                role = "client"
            if role is not None:
                names[token.lower_] = role
        return names


def _working_name(name: Token) -> bool:
    """Is the name given with a working name, or as one ("Zara (working name Zara Blue)", "working
    name: Zara")? Only a worker has one: whoever the name is, she is no third party."""
    doc = name.doc
    after = [t.lower_ for t in doc[name.i + 1 : name.i + 5] if t.lower_ not in ("(", ",", "-", ":")]
    before = [t.lower_ for t in doc[max(0, name.i - 4) : name.i] if t.lower_ not in ("(", ",", "-", ":", "is")]
    return after[:2] == ["working", "name"] or before[-2:] == ["working", "name"]


def _words_before(name: Token, words: ActorWords) -> list[Token]:
    """Up to three nouns right before a name ("my manager Laci", "client Gaz"), nearest first. A
    name in quotes of its own after a person's word keeps it: Boss lady "Sister Hong" is a boss,
    whatever her title (not support worker "Gav says ...": a quote of his words)."""
    doc = name.doc
    quoted = name.i + 1 < len(doc) and doc[name.i + 1].lower_ in QUOTES
    before: list[Token] = []
    named = _name_given(name)
    if named is not None:
        return [named]  # "Client (said name Oliver, ...)", "punter, gave his name as Lee"
    for t in reversed(doc[max(0, name.i - 4) : name.i]):
        if quoted and t.lower_ in QUOTES and t.i > 0 and words.person_word(doc[t.i - 1].lower_):
            continue
        # a role word counts whatever the tagger made of it ("my maid Sue": maid/VERB)
        if len(before) == 3 or (t.pos_ not in ("NOUN", "PROPN", "ADJ") and not words.person_word(t.lower_)):
            break
        before.append(t)
    return before


# The words that give a name: "(said name Oliver", ", gave his name as Lee", "- name given: Ray"
NAME_GIVEN_AFTER = frozenset({"as", "was", "is", ":", "-"})
NAME_GIVEN_BY = frozenset({"said", "says", "gave", "gives", "giving", "given", "his", "her", "their", "a", "the"})
NAME_GIVEN_OPEN = frozenset({"(", ",", "-", ":", "["})


def _name_given(name: Token) -> Token | None:
    """The person word before the words that give a name ("Client (said name Oliver": Client), or
    None where the name is not given so."""
    doc = name.doc
    i = name.i - 1
    while i >= 0 and doc[i].lower_ in NAME_GIVEN_AFTER:
        i -= 1
    if i < 0 or doc[i].lower_ not in ("name", "named"):
        return None
    i -= 1
    stop = max(-1, i - 4)
    while i > stop and (doc[i].lower_ in NAME_GIVEN_BY or doc[i].lower_ in NAME_GIVEN_OPEN):
        i -= 1
    return doc[i] if i > stop and doc[i].pos_ in ("NOUN", "PROPN") else None


def _of_someone(token: Token, words: ActorWords) -> Token | None:
    """The person a helper's word says they belong to ("a friend OF MY COUSIN", "a mate of the boss's",
    "a friend of his"); None for her own ("a friend of mine", "a friend of hers") or none named."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for other in prep.children:
            low = other.lower_
            if other.dep_ != "pobj" or low in ("mine", "hers", "ours", "yours"):
                continue
            if low in ("his", "theirs", "him", "them") or other.pos_ == "PROPN" or low in words.family:
                return other
            if words.person_word(low) or words.person_word(other.lemma_.lower()):
                return other
    return None


def _pays_helper_named(doc: Doc, words: ActorWords) -> bool:
    """Does a clause on a maid, receptionist or driver say she pays them ("a local driver, Jago, whom she
    found herself and pays £15 a trip"; stop 46, dev_za)? A pay verb of hers in a "who" clause (or a verb
    conjoined to one) on the helper's word or on a name in apposition to it."""
    for token in doc:
        if token.lemma_.lower() != "pay":
            continue
        verb = token
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in words.she | words.first_person or verb.dep_ != "relcl":
            continue
        person = verb.head
        named = [person, *(c for c in person.children if c.dep_ == "appos")]
        if person.dep_ == "appos":
            named.append(person.head)
        if any(t.lower_ in words.paid_helpers or t.lemma_.lower() in words.paid_helpers for t in named):
            return True
    return False


def _in_law(token: Token) -> bool:
    """Is the word the first of an in-law's ("mother-in-law", "sister in law"): her husband's family?"""
    if token.lower_.endswith("-in-law"):
        return True
    after = [t.lower_ for t in token.doc[token.i + 1 : token.i + 5] if t.lower_ != "-"]
    return after[:2] == ["in", "law"]


def _owned(token: Token) -> bool:
    """Does a possessive stand on the word ("her fella", "my fella's car", and in dialect "me fella", "me lad":
    a "me" no verb or preposition before it takes as its object; stop 48, dev_zc)?"""
    if any(c.dep_ == "poss" for c in token.children):
        return True
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ in ("her", "my", "their", "our", "your"):
        return True
    return before.lower_ == "me" and (before.i == 0 or before.nbor(-1).pos_ not in ("VERB", "AUX", "ADP"))


def _unattached_subject(span: Span) -> Token | None:
    """A word before a subjectless verb that the parse hung on it as a modifier ("A regular
    picks me up": amod), where a subject would stand; or None."""
    token = span.root
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return next((c for c in token.lefts if c.dep_ in ("amod", "nmod", "npadvmod", "dep")), None)


# How an emphatic reflexive hangs on the verb of one of her acts ("took the money HERSELF")
REFLEXIVE_DEPS = frozenset({"npadvmod", "advmod", "appos"})


def _own_hand(span: Span) -> Token | None:
    """A "herself" or "myself" said of the hit's subjectless verb or a verb listed with it ("Holly set the
    price, took the money herself": the parse lost her name; stop 47, dev_zb), or None. Not "himself": a man's
    own hand is not hers."""
    verb = _verb_of(span)
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    listed = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    own = {"herself", "myself"}
    for v in listed:
        objects = [c for c in v.children if c.dep_ == "dobj"]
        for c in v.children:
            # an object of its own beside the verb's object ("took the cash herself") is emphatic too
            if c.lower_ in own and (c.dep_ in REFLEXIVE_DEPS or (c.dep_ == "dobj" and len(objects) > 1)):
                return c
    # another act of the list done to a thing that is "her own" ("Spoke to Candy alone: takes her own bookings,
    # keeps her earnings"; stop 49, dev_zd): the list is of her acts; not the hit's own object ("keeps her own
    # money" is `not_within`), nor a man's ("his own"), nor where the hit's clause has a subject of its own ("she
    # has her own passport but her BRP is with the agency")
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for v in listed:
        if v is verb:
            continue
        for c in v.children:
            if c.dep_ not in ("dobj", "obj"):
                continue
            owner = next((g for g in c.children if g.dep_ == "poss" and g.lower_ in ("her", "my")), None)
            if owner is not None and any(g.lower_ == "own" for g in c.children):
                return owner
    return None


_LIST_MARKS = frozenset({"", "-", "–", "—", "•", "*"})  # a bullet, or a line break, after a list's colon


def _list_opener(span: Span) -> Token | None:
    """The subject of the verb a colon follows before a subjectless hit in its sentence ("a client calling himself
    Vinnie has: - asked to ...": "client"), or None; not a heading's colon ("Context: her mum ... answers the work
    phone": no verb before it, no bullet after it)."""
    colons = [t for t in span.sent if t.i < span.start and t.text == ":"]
    if not colons or colons[-1].i == 0 or colons[-1].i + 1 >= len(span.doc):
        return None
    # a verb before it and a bullet after it: a list of acts, not a note's heading ("Outreach worker note: ...")
    if colons[-1].nbor(-1).pos_ not in ("VERB", "AUX") or colons[-1].nbor(1).text.strip() not in _LIST_MARKS:
        return None
    subjects = [t for t in span.sent if t.i < colons[-1].i and t.dep_ == "nsubj"]
    return subjects[-1] if subjects else None


def _acl_noun(span: Span) -> Token | None:
    """The noun a subjectless verb hangs on as a clause ("Her keyworker filled in the forms for her":
    the parse read "filled" as a participle of "keyworker"), or None."""
    verb = _verb_of(span)
    return verb.head if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") else None


def _verb_of(span: Span) -> Token:
    """The verb a hit hangs on (its root, climbing a few heads), or its root."""
    token = span.root
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return token


def _booked_passive(span: Span, words: ActorWords) -> bool:
    """Is the hit a booking verb in the passive, without its "by", whose subject is not her ("two
    men there, not one like was booked", "the clients were booked for 9pm")? A booking is made by
    the client; who else made it the sentence does not say."""
    verb = _verb_of(span)
    if verb.lemma_.lower() not in words.booking_verbs or any(c.dep_ == "agent" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and subject.lower_ not in words.she | words.first_person
        and not (subject.lower_ in words.roles["worker"] or subject.lemma_.lower() in words.roles["worker"])
    )


def _lost_subject(span: Span) -> Token | None:
    """The subject of a conjoined verb that the parse left without one (a list of his acts, "He has no
    key, does not stay over and has no say"): the object of a subjectless opening verb of a case note
    that the parse gave the subject to ("Explained the SITE charges a fee and has no say"), or else the
    last subject before it in its sentence; None for a verb that is no conjunct."""
    verb = _verb_of(span)
    if verb.dep_ != "conj":
        return None
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    # the opening verb, the parse's subject clause or the head of the clause it made a complement
    opener = next((c for c in first.children if c.dep_ == "csubj"), None)
    if opener is None and first.dep_ == "ccomp" and first.head.i < first.i:
        opener = first.head
    swallowed = [c for c in opener.children if c.dep_ in ("dobj", "obj") and c.i < first.i] if opener else []
    if swallowed:
        return swallowed[-1]
    before = [t for t in span.sent if t.i < span.start and t.dep_ in ("nsubj", "nsubjpass")]
    return before[-1] if before else None


def _passive_subject(span: Span) -> Token | None:
    """The subject of a hit's passive verb ("clients are not allowed to ..."), or None."""
    token = span.root
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return next((c for c in token.children if c.dep_ == "nsubjpass"), None)


def _said_to_be(pronoun: Token) -> Token | None:
    """What a pronoun is said to be: "he was a client" -> client, "he's her boss" -> boss."""
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_ != "be":
        return None
    return next((c for c in pronoun.head.children if c.dep_ == "attr"), None)


def agent_of(span: Span) -> Token | None:
    """The agent of a hit: the active subject of its verb (climbing infinitives and
    conjoined verbs), the "by" of a passive, or None (a passive without agent)."""
    token = span.root
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    verb = token
    for _ in range(3):
        nearer = _nearer_subject(verb, token)
        if nearer is not None:
            return nearer
        for child in verb.children:
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "nsubjpass":
                by = next((c for c in verb.children if c.dep_ == "agent"), None)
                obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                return obj
        # a run-on clause without its own subject ("Client ... asked to see ID, then put my passport
        # in his jacket": the parse's `dep`) is its head verb's subject's act
        if verb.dep_ not in ("xcomp", "conj", "advcl", "dep") or verb.head is verb:
            return None
        verb = _listed_after(verb) or verb.head
    return None


def _nearer_subject(verb: Token, origin: Token) -> Token | None:
    """The subject of a conjoined verb that the parse gave to the verb it hung it on, which then has
    two ("She says Marian, who she calls her husband, keeps her ID": "Marian" and "She" both subjects
    of "says", "keeps" its conjunct): the nearer one before the conjunct is its own; None where the
    head has one subject or the verb is the hit's own (stop 39, trafficking dev_t)."""
    if verb is origin:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < origin.i]
    return subjects[-1] if len(subjects) > 1 else None


def _listed_after(verb: Token) -> Token | None:
    """The relative clause verb a conjoined verb continues, where the parse hung the conjunct on
    a verb further back ("SU is ..., placed by Pim, who writes her adverts, sets her prices and
    moves her on": "sets" is Pim's, not the SU's); else None."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    between = [t for t in verb.doc[verb.head.i + 1 : verb.i] if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX")]
    last = between[-1] if between else None
    if last is None or not any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that") for c in last.children):
        return None
    return last


def _passive(span: Span) -> bool:
    verb = span.root
    for _ in range(3):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return True
        if verb.head is verb:
            return False
        verb = verb.head
    return False


def _acts_on_her(span: Span, agent: Token, first_person: frozenset[str]) -> bool:
    """Is the worker the object of the act ("gives her crack", "drives me to")? Then a
    parse that makes her its agent is wrong."""
    verb = agent.head
    mine = {"me", "us"} if agent.lower_ in first_person else {"her", "them"}
    if any(t.lower_ == "behalf" for t in span) or _done_for(span, mine | {"pt", "su"}):
        return True  # "answered questions on pt's behalf", "speaks for her": someone else did it
    return any(c.dep_ in ("dobj", "dative", "obj") and c.lower_ in mine for c in verb.children) and (
        agent.lower_ not in mine
    )


# A booking of her INTO or ONTO something ("books her into parties"): whoever makes it books her out to others.
BOOKED_OUT = frozenset({"into", "onto"})


def _books_no_thing(verb: Token, words: ActorWords) -> bool:
    """Does a booking verb book her, or nothing named ("who booked her", "who booked", not "who books
    the hotels in his name")?"""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if any(c.dep_ == "prep" and c.lower_ in BOOKED_OUT for c in verb.children):
        return False  # "books her INTO parties", "ONTO jobs": he books her out to others (stop 46, dev_za)
    return not objects or any(c.lower_ in words.worker_objects for c in objects)


def _books_her(token: Token, words: ActorWords) -> bool:
    """Is this person the one who booked her: the subject of "booked me" (or of a "booked"
    with no object), or the "by" of "booked by Kyle"? A client, whatever else he is called."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in words.booking_verbs:
        return _books_no_thing(head, words)  # not "booked me A HOTEL"
    return token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in words.booking_verbs


def _done_for(span: Span, people: set[str]) -> bool:
    """Does the hit say it was done for her ("answers for her", "replies for them")?"""
    words = [t.lower_ for t in span]
    return any(a == "for" and b in people for a, b in pairwise(words))


def _introducer(name: Token) -> Token | None:
    """The person word of the clause that names someone: "client call himself Gaz" ->
    client; "a man she calls Deano" -> man; "known as Tomek" -> the noun it hangs on."""
    head = name.head
    for _ in range(3):
        if head.lemma_.lower() in ("call", "name", "know", "go") or head.lower_ in ("as",):
            break
        if head.head is head:
            return None
        head = head.head
    else:
        return None
    verb = head.head if head.lower_ == "as" else head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ in ("relcl", "acl") and verb.head is not verb:
        return verb.head  # "a man she calls Deano", "boyfriend, known as Tomek"
    if subject is not None and subject.lower_ not in ("she", "i", "we", "they", "people", "everyone", "everybody"):
        return subject
    return None


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if not n:
        return phrase == ()  # as the scan it replaces: an empty tuple is in every list
    # only where the first word is: a slice and a tuple at every position was most of `read`
    first = phrase[0]
    return any(w == first and tuple(words[i : i + n]) == phrase for i, w in enumerate(words))


def _sentence_of(starts: list[int], i: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= i:
            lo = mid
        else:
            hi = mid - 1
    return lo
