using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// What a discovered name is once its wrapping is taken off: honorifics and titles stripped ("Hojatoleslam",
/// "Exchequer"), transliterations folded (Aliyev/Aliev), and whether it can be a person at all.
/// </summary>
internal static partial class NameForms
{
    /// <summary>Forms of address: never a role, never part of the name.</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madame", "mme", "monsieur", "herr", "frau",
        "hojatoleslam", "hojjatoleslam", "hojatolislam", "sheikh", "shaikh", "sayyid", "seyed", "haji", "hajji",
    };

    /// <summary>Bodies whose one word is their proper name, unlike a bare head ("Securities", "Co").</summary>
    public static readonly HashSet<string> SingleWordBodies = new(StringComparer.Ordinal)
    {
        "congress", "senate", "pentagon", "kremlin", "bundesbank", "vatican", "politburo", "knesset", "duma", "bundestag", "majlis", "interpol", "nato",
    };

    /// <summary>Words a title leaves on a name's front when the finder took "Chancellor of the Exchequer Nigel Lawson" apart.</summary>
    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "exchequer", "state", "treasury", "foreign", "finance", "deputy", "vice", "prime", "supreme", "acting",
        "senior", "top", "leading", "chief", "former", "new", "interim", "opposition", "economy", "trade", "defence", "defense",
    };

    /// <summary>Particles that may be written lowercase inside a person's name ("Ludwig van Beethoven").</summary>
    public static bool IsParticle(string folded) => Particles.Contains(folded);

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "bin", "ibn", "bint", "al", "el", "le", "la", "du", "ter", "ten", "y",
    };

    /// <summary>Last words that make a name a firm or a body ("Electric Co", "Royal Dutch Shell Group").</summary>
    private static readonly HashSet<string> OrganisationEnds = new(StringComparer.Ordinal)
    {
        "co", "corp", "corporation", "inc", "ltd", "plc", "ag", "sa", "nv", "bv", "spa", "gmbh", "ab", "as", "oy", "kk", "llc", "lp",
        "brothers", "bros", "group", "holdings", "bank", "banks", "airways", "airlines", "community", "house", "motors", "industries", "trust",
        "securities", "partners", "fund", "exchange", "association", "union", "federation", "council", "agency", "institute",
        "landesbank", "girozentrale", "sparkasse",
    };

    /// <summary>First words of a bank's or a company's name in the languages wire copy quotes ("Banque Bruxelles Lambert").</summary>
    private static readonly HashSet<string> OrganisationStarts = new(StringComparer.Ordinal)
    {
        "bank", "banque", "banco", "banca", "caisse", "caixa", "compagnie", "compania", "cie", "societe", "sociedad", "societa", "groupe",
    };

    /// <summary>Legal forms: a name ending in one is a firm whatever the tagger guessed ("Hulleras del Norte S.A.").</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "co", "corp", "corporation", "inc", "ltd", "plc", "ag", "sa", "nv", "bv", "spa", "gmbh", "llc", "brothers", "bros",
    };

    /// <summary>Heads of a figure, not of an actor ("Public Sector Borrowing Requirement", "Retail Price Index").</summary>
    private static readonly HashSet<string> FigureHeads = new(StringComparer.Ordinal)
    {
        "requirement", "requirements", "deficit", "deficits", "surplus", "surpluses", "rate", "rates", "index", "indices",
    };

    /// <summary>Figures economists write as acronyms: "GNP rose 0.8 pct" names no actor.</summary>
    private static readonly HashSet<string> FigureAcronyms = new(StringComparer.Ordinal) { "gnp", "gdp", "cpi", "ppi", "rpi", "psbr", "m1", "m2", "m3" };

    /// <summary>"EC Transport Ministers", "OPEC Oil Ministers": people in a role, not one actor ("Council of Ministers" is one).</summary>
    /// <summary>Offices a name ends with that are held, not bodies: "National Security Adviser", "Treasury Secretary".</summary>
    private static readonly HashSet<string> SingleRoles = new(StringComparer.Ordinal) { "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "secretary", "chairman" };

    private static bool IsPluralRole(string last) =>
        last.Length > 3 && last[^1] == 's' && NameLexicon.RoleNouns.Contains(last[..^1]);

    /// <summary>A party's member in the singular ("Christian Democrat leader"), read as the party itself.</summary>
    private static readonly HashSet<string> PartyMembers = new(StringComparer.Ordinal) { "democrat", "republican", "socialist", "communist" };

    /// <summary>Last words of a political party's name: an organisation, never a person ("Christian Democrats").</summary>
    private static readonly HashSet<string> PartyEnds = new(
        ["party", "democrats", "republicans", "socialists", "communists", "conservatives", "liberals", "greens", .. PartyMembers],
        StringComparer.Ordinal);

    /// <summary>The name without leading honorifics, as written ("Hojatoleslam Ali Akbar Hashemi Rafsanjani" → "Ali Akbar Hashemi Rafsanjani").</summary>
    public static string Strip(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (Honorifics.Contains(Fold(words[0])) || LeadingNoise.Contains(Fold(words[0]))))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    /// <summary>The key names meet on across articles: folded, stripped, transliterations folded.</summary>
    public static string Key(string name)
    {
        var words = MentionFinder.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Honorifics.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        // "Christian Democrat leader" and "the Christian Democrats" are one party.
        if (words.Count > 1 && PartyMembers.Contains(words[^1]))
        {
            words[^1] += "s";
        }

        return string.Join(' ', words.Select(Transliterate));
    }

    /// <summary>Common Latin spellings of the same sound: Aliyev/Aliev, Yevgeny/Evgeny, Mohammed/Muhammad.</summary>
    public static string Transliterate(string word)
    {
        var w = word.Replace("yev", "ev", StringComparison.Ordinal).Replace("iyy", "iy", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal).Replace("kh", "h", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal);
        if (w.StartsWith("ye", StringComparison.Ordinal) && w.Length > 3)
        {
            w = w[1..];
        }

        return w switch
        {
            "mohammed" or "mohammad" or "muhammad" or "muhammed" or "mohamed" or "mohamad" => "muhammad",
            _ => w,
        };
    }

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
    };

    /// <summary>
    /// Capitalised words that name nothing: a number ("Thirty-six"), an adjective of place ("Hamburg-based"),
    /// or a firm's suffixes alone ("Co Ltd").
    /// </summary>
    public static bool IsNoName(string surface)
    {
        // "Douglas-designed", "ECU-denominated": an adjective made with a lower-case participle after a hyphen.
        if (HyphenedParticiple().IsMatch(surface))
        {
            return true;
        }

        // "Deutschland) AG": a piece of a name cut inside its parenthesis.
        if (surface.Count(c => c == '(') != surface.Count(c => c == ')'))
        {
            return true;
        }

        // "Trade and Industry", "Foreign Affairs": what a ministry is of, cut from its name.
        if (GenericHeads.IsMinistrySubject(MentionFinder.Key(surface).Split(' ')))
        {
            return true;
        }

        // "Franco-U.S.", "Sino-Soviet": a compound adjective of two peoples.
        if (CompoundAdjective().IsMatch(surface))
        {
            return true;
        }

        // "Inter-dealer", "Non-oil": a word capitalised at a sentence's start with a lower-case word after a hyphen;
        // "Of 25-1/2 pct": a capitalised preposition opening a run the tagger took for a name.
        if (HyphenedLowerWord().IsMatch(surface) || SentenceOpeners.Contains(surface.Split(' ')[0]))
        {
            return true;
        }

        var words = MentionFinder.Key(surface).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 || words.All(NumberWords.Contains) || words[^1] == "based" || (words.Length > 1 && words.All(OrganisationEnds.Contains))
            || (words.Length == 1 && FigureAcronyms.Contains(words[0])) || (words.Length > 1 && !words.Contains("of") && (IsPluralRole(words[^1]) || SingleRoles.Contains(words[^1])))
            || (words.Length == 1 && LegalForms.Contains(words[0].Replace(".", "", StringComparison.Ordinal))) || (words.Length > 1 && FigureHeads.Contains(words[^1]));
    }

    /// <summary>Whether a folded name is only a body's head words ("airways", "trust bank"): no firm's short name.</summary>
    public static bool IsBareHead(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(OrganisationEnds.Contains);

    /// <summary>
    /// The kind a name's own words force, whatever the finder guessed: a firm's suffix makes an organisation of a
    /// "person", a legal form ("Inc", "S.A.") or a party's name makes one of a person or an "other".
    /// </summary>
    public static ActorKind KindOf(string name, ActorKind guessed)
    {
        var words = MentionFinder.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || guessed is not (ActorKind.Person or ActorKind.Other))
        {
            return guessed;
        }

        // "Mohammed al-Qassimi", "Abdul-Aziz bin Salman": a name particle written in lower case inside is a person's.
        if (guessed == ActorKind.Other && ArabicParticle().IsMatch(name))
        {
            return ActorKind.Person;
        }

        var last = words[^1].Replace(".", "", StringComparison.Ordinal);
        // FirmNames knows every legal form, also spelled out ("S A", "A/S") or written first ("AB Astra").
        if (LegalForms.Contains(last) || PartyEnds.Contains(last) || FirmNames.Split(name).Forms.Length > 0 || OrganisationStarts.Contains(words[0]))
        {
            return ActorKind.Organisation;
        }

        return guessed == ActorKind.Person && OrganisationEnds.Contains(last) ? ActorKind.Organisation : guessed;
    }

    /// <summary>Whether the name is written with a title or role, even a lower-case one the finder left off ("ADB president Masao Fujioka").</summary>
    public static bool IsTitled(string sentence, RawMention mention)
    {
        if (mention.Title is not null || mention.RolePhrases.Count > 0)
        {
            return true;
        }

        var before = Tokenizer.Tokenize(sentence[..mention.Start]).LastOrDefault(t => t.IsWord);
        return before is not null && (NameLexicon.TitleHeads.Contains(before.Folded) || NameLexicon.RoleNouns.Contains(before.Folded));
    }

    /// <summary>
    /// Whether a discovered multi-word name can be a person: no lowercase word but a particle, no dots or digits
    /// ("U.K. Banks"), not ending in a state's or place's name ("Funaro Brazil", "Northern Iraq").
    /// </summary>
    public static bool CanBePerson(string name, Func<string, bool> isPlaceWord, bool initialled = false)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Initials are a firm's as often as a person's ("E.F. Hutton"): a person's when a title says so
        // (<paramref name="initialled"/>: "divisional manager K.S. Nicklin"), never a place's ("U.S. Treasury").
        if (words.Any(w => w.Any(char.IsDigit) || w.Contains('.', StringComparison.Ordinal) && w.Length > 2 && !(initialled && Initials().IsMatch(w) && !isPlaceWord(Fold(w)))))
        {
            return false;
        }

        if (words.Any(w => char.IsLower(w[0]) && !Particles.Contains(w) && !Particles.Contains(w.Split('-')[0])))
        {
            return false;
        }

        var folded = words.Select(Fold).ToList();
        return !isPlaceWord(folded[^1]) && !NameLexicon.Stopwords.Contains(folded[0]);
    }

    private static string Fold(string word) => MentionFinder.Key(word);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{L}-]+( \p{Lu}[\p{L}-]+)* (al|el|bin|ibn|bint)[- ]\p{Lu}\p{L}+$")]
    private static partial System.Text.RegularExpressions.Regex ArabicParticle();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(Franco|Anglo|Sino|Soviet|Euro|Afro|Indo|Italo|Greco|Russo|Austro|Hispano|Luso|Judeo|Arab|Turco|Nippo)-\p{Lu}[\p{L}.]*$")]
    private static partial System.Text.RegularExpressions.Regex CompoundAdjective();

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal) { "Of", "For", "And", "To", "By", "With", "From", "At", "On", "Or", "But" };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}\p{Ll}+-\p{Ll}{3,}$")]
    private static partial System.Text.RegularExpressions.Regex HyphenedLowerWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\p{Lu}\.){2,3}$")]
    private static partial System.Text.RegularExpressions.Regex Initials();

    [System.Text.RegularExpressions.GeneratedRegex(@"-\p{Ll}+(ed|ing|en)$")]
    private static partial System.Text.RegularExpressions.Regex HyphenedParticiple();
}
