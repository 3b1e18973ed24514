namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// Words titles are made of, beyond <see cref="NameLexicon.TitleHeads"/>: the heads of compound titles, military ranks,
/// religious and honorific titles, and the words after "of" in "Secretary of State", "Minister of Foreign Affairs".
/// General English only; nothing about a particular article.
/// </summary>
internal static class TitleWords
{
    /// <summary>Words that make a capitalised phrase a title (any one is enough).</summary>
    public static readonly HashSet<string> Heads = Set(
        "executive", "commodore", "admiral", "brigadier", "sergeant", "corporal", "private", "colonel", "lieutenant",
        "ayatollah", "hojatoleslam", "hojjatoleslam", "sheikh", "sheik", "shaikh", "mullah", "imam", "grand", "rabbi",
        "reverend", "rev", "rev.", "father", "sister", "brother", "dr", "dr.", "doctor", "sir", "dame", "lord", "lady",
        "baron", "baroness", "count", "countess", "duke", "duchess", "earl", "prince", "princess", "emir", "amir", "sultan",
        "shah", "king", "queen", "pope", "cardinal", "bishop", "archbishop", "patriarch", "mufti", "chief", "head",
        "chairman", "chairwoman", "chair", "president", "minister", "secretary", "undersecretary", "under-secretary",
        "director", "manager", "officer", "treasurer", "governor", "mayor", "senator", "congressman", "congresswoman",
        "representative", "ambassador", "envoy", "commander", "general", "marshal", "captain", "major", "judge",
        "justice", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson", "leader", "speaker", "deputy",
        "vice", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "prof", "prof.", "professor", "gen", "gen.", "col", "col.",
        "lt", "lt.", "capt", "capt.", "adm", "adm.", "sgt", "sgt.", "maj", "maj.", "cmdr", "cmdr.", "sen", "sen.", "gov",
        "gov.", "rep", "rep.", "ceo", "coo", "cfo", "md", "attorney", "comptroller", "commissioner", "counsellor",
        "counselor", "secretary-general", "vice-president", "vice-chairman", "president-elect", "prime");

    /// <summary>Words that may sit inside a title around its heads: "Deputy Prime Minister", "Rear Admiral", "State".</summary>
    public static readonly HashSet<string> Modifiers = Set(
        "deputy", "vice", "acting", "assistant", "associate", "senior", "junior", "chief", "prime", "first", "second",
        "supreme", "grand", "rear", "lieutenant", "major", "general", "staff", "foreign", "defence", "defense", "finance",
        "interior", "trade", "economy", "economics", "energy", "oil", "petroleum", "agriculture", "health", "justice",
        "labour", "labor", "education", "transport", "industry", "commerce", "home", "state", "treasury", "affairs",
        "information", "planning", "mines", "communications", "culture", "tourism", "housing", "environment", "security",
        "intelligence", "operating", "financial", "managing", "executive", "general", "national", "central", "federal",
        "department", "division", "research", "operations", "sales", "marketing", "public", "relations", "news",
        "press", "board", "council", "bank", "army", "navy", "air", "force", "forces", "police", "crown", "ruling",
        "party", "parliamentary", "opposition", "majority", "minority", "house", "senate", "cabinet", "economic",
        "monetary", "fiscal", "budget", "international", "development", "planning", "works", "social", "welfare",
        "war", "veterans", "religious", "revolutionary", "guards", "the", "of", "for", "and");

    /// <summary>Titles only ever written before a person: a name the tagger starts with one is a person's.</summary>
    public static readonly HashSet<string> Honorifics = Set(
        "ayatollah", "hojatoleslam", "hojjatoleslam", "sheikh", "sheik", "shaikh", "mullah", "imam", "rabbi", "reverend",
        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "commodore", "admiral", "colonel", "sergeant",
        "brigadier", "lieutenant", "cardinal", "archbishop", "bishop", "pope", "emir", "sultan", "shah", "senator", "prof.");

    /// <summary>Sentence openers that are never part of a title or a name.</summary>
    public static readonly HashSet<string> Openers = Set("but", "and", "yet", "or", "so", "then", "now", "also", "meanwhile", "however");

    /// <summary>Connectors allowed inside a title between capitalised words.</summary>
    public static readonly HashSet<string> Connectors = Set("of", "for", "the", "and");

    public static bool IsTitleWord(string folded) => Heads.Contains(folded) || Modifiers.Contains(folded) || NameLexicon.TitleHeads.Contains(folded);

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
