using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// General English word lists that tell names from ordinary words and say what kind of name it is.
/// Nothing here is about a particular region or article.
/// </summary>
internal static class NameLexicon
{
    /// <summary>Capitalised words that open sentences or clauses but are never names.</summary>
    public static readonly HashSet<string> Stopwords = Set(
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "my", "your", "in", "on", "at", "for", "by", "with", "from", "after", "before", "during", "since",
        "until", "under", "over", "despite", "although", "though", "while", "when", "where", "if", "as", "but", "and", "or",
        "yet", "so", "however", "nevertheless", "nonetheless", "meanwhile", "moreover", "furthermore", "also", "soon",
        "shortly", "then", "now", "today", "recent", "recently", "several", "many", "some", "most", "both", "each", "every",
        "all", "such", "other", "another", "what", "why", "how", "who", "which", "there", "here", "one", "two", "three",
        "four", "five", "last", "next", "new", "only", "even", "still", "thus", "therefore",
        "instead", "indeed", "because", "unlike", "like", "about", "against", "among", "between", "into", "through",
        "without", "within", "rather", "whether", "not", "no", "yes", "mr", "mrs", "ms", "dr", "do", "does", "did", "is",
        "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "according", "following", "given", "facing", "reflecting", "managing", "developments", "asked", "said", "says",
        "earlier", "later", "further", "once", "again", "already", "perhaps", "certainly", "likewise", "alongside", "above",
        "below", "upon", "per", "via", "amid", "toward", "towards", "until", "unless", "whereas", "hence", "overall",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "chapter", "section",
        "part", "figure", "table", "note", "notes", "source", "sources", "image", "photo", "read", "see", "conclusion",
        "introduction", "summary", "background", "update", "editing", "reporting", "writing", "afterwards", "afterward",
        "eventually", "finally", "initially", "subsequently", "separately", "additionally", "consequently",
        "accordingly", "similarly", "notably", "importantly", "officially", "reportedly", "previously", "currently",
        "historically", "traditionally", "ultimately", "apparently", "clearly", "especially", "particularly",
        "altogether", "elsewhere", "together", "nearly", "almost", "just", "despite", "except", "besides");

    /// <summary>Nouns after a demonym that make it stand for the state ("Iranian officials", "Turkish media").</summary>
    public static readonly HashSet<string> StateNouns = Set(
        "official", "officials", "government", "governments", "authorities", "authority", "side", "forces", "army",
        "military", "troops", "leaders", "leadership", "representatives", "diplomats", "diplomacy", "ministry",
        "state", "territory", "territories", "airspace", "border", "borders", "soil", "intelligence", "security",
        "regime", "administration", "parliament", "media", "press", "navy", "air", "relations", "ties", "tensions",
        "alignment", "cooperation", "partnership", "alliance", "involvement", "backing", "support", "commitment",
        "interest", "interests", "citizens", "decision", "response", "demands", "warships", "jets", "aircraft",
        "missiles", "policy", "position", "delegation", "embassy", "envoy", "spokesman", "negotiators", "economy",
        "pro-government", "pro", "state-run", "state-owned", "officers", "soldiers", "guards", "police", "court",
        "courts", "judiciary", "leader", "elite", "establishment", "counterparts", "foreign", "trade", "exports",
        "imports", "oil", "gas", "central", "national", "agency", "sanctions", "strikes", "offensive", "attack",
        "attacks", "war", "conflict", "talks", "agreement", "accord", "peace", "rapprochement", "rivalry", "dispute",
        "drones", "gunboats", "warplanes", "tanks", "ships", "vessels", "artillery", "rockets", "fighters", "bombers",
        "submarines", "commandos", "police", "envoys", "negotiators", "ministers", "lawmakers", "parliamentarians");

    /// <summary>Words that open a location: "in Baku" is the city, "Baku demanded" is the government.</summary>
    public static readonly HashSet<string> LocationPrepositions = Set("in", "at", "near", "into", "inside", "outside", "around", "across", "through", "to", "from");

    /// <summary>Time words written before a title: "then President", "Former President", "newly elected".</summary>
    public static readonly HashSet<string> TitleQualifiers = Set("former", "then", "late", "acting", "interim", "outgoing", "incoming", "current", "ex", "newly", "elected", "appointed", "self-proclaimed", "de", "facto");

    /// <summary>Words that end a title before a name ("President", "Prime Minister", "Supreme Leader").</summary>
    public static readonly HashSet<string> TitleHeads = Set(
        "president", "minister", "leader", "secretary", "chancellor", "king", "queen", "prince", "princess", "emir",
        "sheikh", "sultan", "ayatollah", "pope", "ambassador", "senator", "governor", "mayor", "general", "admiral",
        "colonel", "commander", "chairman", "chairwoman", "director", "chief", "speaker", "premier", "dr", "dr.",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "professor", "prof", "prof.", "judge", "justice", "spokesman",
        "spokeswoman", "envoy", "marshal", "lieutenant", "captain", "major", "rabbi", "imam", "cardinal",
        "archbishop", "bishop", "patriarch", "representative", "rep", "sen", "gov", "gen", "col", "lt", "capt",
        "adm", "ceo", "deputy", "vice-president", "crown", "sir", "lord", "lady", "mullah", "cleric", "commissioner",
        "president-elect", "secretary-general", "treasurer", "attorney", "founder");

    /// <summary>Lower-case nouns that make an apposition a role: "X, the defence minister,".</summary>
    public static readonly HashSet<string> RoleNouns = Set(
        "minister", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "director",
        "ambassador", "chairman", "chairwoman", "secretary", "commander", "adviser", "advisor", "analyst", "professor",
        "editor", "founder", "executive", "governor", "mayor", "envoy", "official", "member", "researcher", "expert",
        "economist", "general", "officer", "deputy", "representative", "negotiator", "correspondent", "author",
        "lawyer", "judge", "senator", "king", "queen", "premier", "chancellor", "fellow", "lecturer", "scholar",
        "journalist", "manager", "partner", "strategist", "diplomat", "spokesperson", "mufti", "cleric", "ceo",
        "chair", "dean", "rector", "candidate", "nominee", "lawmaker", "legislator", "mp", "deputies", "aide");

    public static readonly HashSet<string> OrganisationWords = Set(
        "organisation", "organization", "council", "center", "centre", "university", "corps", "party", "ministry",
        "union", "bank", "agency", "company", "corporation", "corp", "inc", "ltd", "plc", "group", "association",
        "committee", "institute", "institution", "forces", "army", "navy", "service", "fund", "commission", "court",
        "parliament", "assembly", "congress", "senate", "office", "department", "foundation", "front", "movement",
        "league", "alliance", "federation", "exchange", "news", "times", "post", "board", "authority", "airlines",
        "airways", "petroleum", "industries", "holdings", "bureau", "cabinet", "government", "guard", "guards",
        "brigade", "brigades", "network", "club", "society", "church", "mission", "programme", "program", "coalition",
        "secretariat", "tribunal", "academy", "college", "school", "press", "television", "radio", "broadcasting",
        "oil", "energy", "motors", "systems", "technologies", "partners", "capital", "securities", "trust", "reserve",
        "administration", "affairs", "ag", "sa", "nv", "bv", "spa", "gmbh", "kk", "ab", "co", "llc", "oy", "asa", "s.a.", "s.p.a.", "n.v.", "ltda",
        "bank", "bancorp", "bros", "brothers", "airlines", "telecom", "steel", "chemical", "chemicals", "electric",
        "insurance", "finance", "financial", "investments", "industries", "international", "resources", "mining");

    public static readonly HashSet<string> PlaceWords = Set(
        "republic", "airport", "region", "province", "sea", "river", "mountains", "mountain", "corridor", "island",
        "islands", "gulf", "strait", "city", "valley", "peninsula", "ocean", "lake", "county", "street", "square",
        "port", "bay", "desert", "east", "west", "north", "south", "asia", "europe", "africa", "america", "district",
        "territory", "oblast", "canal", "pass", "coast", "basin", "plain", "heights", "border", "base", "field",
        "station", "harbour", "harbor", "highway", "bridge", "palace", "embassy", "temple", "mosque", "cathedral", "shrine", "bloc");

    /// <summary>Words that make a capitalised run an event or document rather than an actor.</summary>
    public static readonly HashSet<string> OtherWords = Set(
        "war", "wars", "accords", "accord", "agreement", "treaty", "revolution", "revolutions", "crisis", "summit",
        "process", "conference", "act", "plan", "doctrine", "day", "games", "cup", "prize", "award", "festival",
        "initiative", "declaration", "convention", "protocol", "charter", "deal", "talks", "operation", "campaign",
        "olympics", "election", "elections", "referendum", "uprising", "spring", "massacre", "genocide", "index",
        "memorandum", "communique", "resolution");

    /// <summary>Lower-case words allowed inside a name: "Organisation of Turkic States", "Abu Bakr al-Baghdadi".</summary>
    /// <summary>
    /// First words of what a state has one of ("Finance Ministry", "Communist Party", "Radio"): after a demonym they
    /// are the state's body, not a firm's name ("British Airways", "Swiss Bank Corp").
    /// </summary>
    public static readonly HashSet<string> StateBodyOpeners = Set(
        "treasury", "radio", "television", "tv", "cabinet", "commission", "news", "supreme", "upper", "lower", "house", "senate",
        "congress", "customs", "statistics", "planning", "finance", "defence", "defense", "interior", "economy", "economics",
        "agriculture", "industry", "energy", "justice", "health", "labour", "labor", "transport", "communications", "budget",
        "commerce", "post", "banking", "academy", "board", "embassy", "consulate", "communist", "socialist", "social", "conservative",
        "liberal", "christian", "green", "greens", "democratic", "republican", "democrats", "communists", "socialists", "conservatives",
        "liberals", "party", "delegation", "federal", "royal", "state", "people's", "workers", "foreign");

    /// <summary>Whether the words from <paramref name="start"/> to <paramref name="end"/> after a demonym are a state's body.</summary>
    public static bool IsStateBody(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = tokens.Skip(start).Take(end - start).Where(t => t.IsWord).Select(t => t.Folded).ToList();
        // "Air Force" is a state's, "Japan Air Lines" a firm's.
        return words.Count == 0 || (words[0] == "air" ? words is [_, "force", ..] : StateNouns.Contains(words[0]) || StateBodyOpeners.Contains(words[0])) || words is ["bank"];
    }

    public static readonly HashSet<string> NameConnectors = Set("of", "for", "the", "de", "al", "bin", "ibn", "von", "van", "der", "da", "di", "du", "del", "la", "le", "el", "y", "bint", "abu");

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
