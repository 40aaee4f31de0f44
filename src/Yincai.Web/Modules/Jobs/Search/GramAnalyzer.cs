using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Yincai.Modules.Jobs.Search;

/// <summary>
/// A folded text (<see cref="Job.SearchText"/>) as character grams, so that a substring query is exact: the field
/// <see cref="Unigrams"/> holds every character, <see cref="Bigrams"/> every pair of adjacent characters at its position
/// (<see cref="MajorUnigrams"/> and <see cref="MajorBigrams"/> the same of the names of the majors a job asks for, one space
/// between two). Grams across white space are left out: no search term holds any (<see cref="Platform.SearchTerms"/> splits on it).
/// </summary>
public sealed class GramAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY) // the default reuses one field's tokenizer for all
{
    public const string Unigrams = "uni", Bigrams = "bi", MajorUnigrams = "major_uni", MajorBigrams = "major_bi";

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new GramTokenizer(reader, fieldName is Unigrams or MajorUnigrams ? 1 : 2));

    /// <summary>Each run of <c>size</c> characters without white space, at the position of its first character (so a phrase
    /// of bigrams at offsets 0, 2, … matches exactly where a longer term occurs).</summary>
    private sealed class GramTokenizer : Tokenizer
    {
        private readonly int _size;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private char[] _text = [];
        private int _at;
        private int _last;

        public GramTokenizer(TextReader reader, int size) : base(reader)
        {
            _size = size;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            _text = m_input.ReadToEnd().ToCharArray();
            _at = 0;
            _last = -1;
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            for (; _at + _size <= _text.Length; _at++)
            {
                if (HasWhiteSpace(_at)) continue;
                _term.CopyBuffer(_text, _at, _size);
                _increment.PositionIncrement = _at - _last;
                _last = _at++;
                return true;
            }
            return false;
        }

        private bool HasWhiteSpace(int at)
        {
            for (var i = at; i < at + _size; i++)
                if (char.IsWhiteSpace(_text[i])) return true;
            return false;
        }
    }
}
