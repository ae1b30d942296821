namespace AppealHandbook.Core;

/// <summary>
/// Every diagnostic code the engine reports. CONTRIBUTING.md explains each one and how to fix it.
/// </summary>
public static class DiagnosticCodes
{
    // Input and configuration.
    /// <summary>A file could not be read (encoding, permissions, size).</summary>
    public const string UnreadableFile = "AH001";
    /// <summary>A data file (site.yml, _data/*.yml) is missing or malformed.</summary>
    public const string BadDataFile = "AH002";
    /// <summary>The command line asks for something unsafe (output inside input, and so on).</summary>
    public const string BadOptions = "AH003";
    /// <summary>A layout template does not parse or render.</summary>
    public const string BadTemplate = "AH004";
    /// <summary>The output folder could not be written.</summary>
    public const string WriteFailed = "AH005";
    /// <summary>A static file from the input would take the path of a file the build generates.</summary>
    public const string OutputClash = "AH006";
    /// <summary>A bug in the engine: a module failed in a way it should have reported.</summary>
    public const string InternalError = "AH999";

    // Front matter.
    /// <summary>Front matter is missing or not valid YAML.</summary>
    public const string FrontMatterSyntax = "FM001";
    /// <summary>A required front matter field is missing or empty.</summary>
    public const string FrontMatterMissing = "FM002";
    /// <summary>A front matter field has the wrong shape or value.</summary>
    public const string FrontMatterInvalid = "FM003";
    /// <summary><c>lang</c> does not match the article's folder.</summary>
    public const string LangMismatch = "FM004";
    /// <summary><c>key</c> is not kebab-case, does not match the file name, or clashes with a route.</summary>
    public const string BadKey = "FM005";
    /// <summary>Two articles in one language share a key.</summary>
    public const string DuplicateKey = "FM006";
    /// <summary><c>type</c> is not a violation type id.</summary>
    public const string UnknownType = "FM007";
    /// <summary>A <c>related</c> key names no article.</summary>
    public const string UnknownRelated = "FM008";
    /// <summary>Warning: <c>updated</c> is a date in the future.</summary>
    public const string FutureDate = "FM009";

    // Structure.
    /// <summary>A key exists in one language only.</summary>
    public const string MissingTranslation = "ST001";
    /// <summary>A required section is missing.</summary>
    public const string MissingSection = "ST002";
    /// <summary>Required sections are out of order.</summary>
    public const string SectionOrder = "ST003";
    /// <summary>The page has more than one H1, or the article body has an H1.</summary>
    public const string ExtraH1 = "ST004";
    /// <summary>A heading skips a level.</summary>
    public const string SkippedHeadingLevel = "ST005";
    /// <summary>Two elements on one page share an id.</summary>
    public const string DuplicateId = "ST006";
    /// <summary>An image has no alt text.</summary>
    public const string MissingAlt = "ST007";
    /// <summary>A translation is older than its counterpart.</summary>
    public const string StaleTranslation = "ST008";
    /// <summary>An empty heading, or a heading whose id cannot be derived.</summary>
    public const string EmptyHeading = "ST009";
    /// <summary>Markdown nested or packed beyond what an article needs (it would exhaust the parser).</summary>
    public const string TooDeep = "ST010";
    /// <summary>Warning: ASCII quotation marks around Chinese text, where Chinese typography uses “” or 「」.</summary>
    public const string AsciiQuotesAroundChinese = "ST011";
    /// <summary>Warning: an article's evidence checklist has a different number of items in the two languages.</summary>
    public const string EvidenceListMismatch = "ST012";
    /// <summary>Warning: invisible format characters (bidirectional overrides, zero-width spaces) were removed from a file.</summary>
    public const string InvisibleCharacters = "ST013";

    // Links.
    /// <summary>An internal link points to no page or file.</summary>
    public const string BrokenLink = "LK001";
    /// <summary>A link's #fragment names no id on the target page.</summary>
    public const string BrokenFragment = "LK002";
    /// <summary>An xref names no article key.</summary>
    public const string UnknownXref = "LK003";
    /// <summary>An xref's #section names no heading of the target article.</summary>
    public const string UnknownXrefSection = "LK004";
    /// <summary>An image points to no file.</summary>
    public const string BrokenImage = "LK005";

    // Safety.
    /// <summary>Raw HTML in an article.</summary>
    public const string RawHtml = "SEC001";
    /// <summary>A link or image URL with a scheme that can run script (javascript:, data:, vbscript:).</summary>
    public const string UnsafeUrl = "SEC002";
    /// <summary>A Markdown attribute other than id or class (for example an on* handler).</summary>
    public const string UnsafeAttribute = "SEC003";

    // Notice phrases (input/_data/notices/), read by the notice decoder.
    /// <summary>A notice-phrase file is not valid YAML or not of the expected shape.</summary>
    public const string NoticeSyntax = "NT001";
    /// <summary>A file lacks its names or phrases in one language.</summary>
    public const string NoticeMissingLanguage = "NT002";
    /// <summary>A phrase appears twice in one file.</summary>
    public const string NoticeDuplicatePhrase = "NT003";
    /// <summary>A phrase the decoder cannot use: too long, in the wrong list's script, or only function words.</summary>
    public const string NoticeBadPhrase = "NT004";
    /// <summary>A notice-phrase file is named after no violation article.</summary>
    public const string NoticeUnknownKey = "NT005";
    /// <summary>A violation article has no notice-phrase file.</summary>
    public const string NoticeMissingFile = "NT006";
    // Plan of Action building blocks (input/_data/poa/).
    /// <summary>A building-block file (or fields.yml) is not valid YAML or not of the expected shape.</summary>
    public const string PoaSyntax = "PO001";
    /// <summary>An item lacks its Chinese or English text.</summary>
    public const string PoaMissingLanguage = "PO002";
    /// <summary>Two items of one file share an id, or an id is not kebab-case.</summary>
    public const string PoaDuplicateId = "PO003";
    /// <summary>An action or measure answers no cause, or a cause id that is not in its file.</summary>
    public const string PoaUnknownCause = "PO004";
    /// <summary>An item's Chinese and English texts use different fields.</summary>
    public const string PoaFieldMismatch = "PO005";
    /// <summary>A field is used but not defined in fields.yml (or a definition is invalid, or a stray brace).</summary>
    public const string PoaUndefinedField = "PO006";
    /// <summary>A building-block file is named after no violation article.</summary>
    public const string PoaUnknownKey = "PO007";
    /// <summary>A violation article has no building-block file.</summary>
    public const string PoaMissingFile = "PO008";
}
