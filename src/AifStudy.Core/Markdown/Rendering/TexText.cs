using System.Net;
using System.Text;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>
/// Turns simple TeX into readable HTML text: Greek letters and operators become Unicode, <c>^</c>/<c>_</c> become
/// <c>&lt;sup&gt;</c>/<c>&lt;sub&gt;</c>, <c>\frac{a}{b}</c> becomes <c>a/b</c>, and an unknown command shows its name
/// without the backslash. Not a TeX engine; enough that study notes never show raw <c>\frac</c>.
/// </summary>
internal static class TexText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["lambda"] = "λ", ["mu"] = "μ", ["pi"] = "π", ["rho"] = "ρ",
        ["sigma"] = "σ", ["tau"] = "τ", ["phi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Pi"] = "Π", ["Sigma"] = "Σ",
        ["Phi"] = "Φ", ["Omega"] = "Ω", ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫", ["partial"] = "∂",
        ["nabla"] = "∇", ["infty"] = "∞", ["times"] = "×", ["div"] = "÷", ["cdot"] = "·", ["pm"] = "±",
        ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["ne"] = "≠", ["neq"] = "≠", ["approx"] = "≈",
        ["sim"] = "~", ["equiv"] = "≡", ["propto"] = "∝", ["in"] = "∈", ["notin"] = "∉", ["subset"] = "⊂",
        ["cup"] = "∪", ["cap"] = "∩", ["forall"] = "∀", ["exists"] = "∃", ["rightarrow"] = "→", ["to"] = "→",
        ["leftarrow"] = "←", ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["leftrightarrow"] = "↔",
        ["ldots"] = "…", ["cdots"] = "⋯", ["dots"] = "…", ["log"] = "log", ["ln"] = "ln", ["exp"] = "exp",
        ["max"] = "max", ["min"] = "min", ["sin"] = "sin", ["cos"] = "cos", ["quad"] = " ", ["qquad"] = "  ",
    };

    // Commands whose argument is simply shown.
    private static readonly HashSet<string> Transparent = new(StringComparer.Ordinal)
    {
        "text", "textrm", "textbf", "textit", "mathrm", "mathbf", "mathit", "mathbb", "mathcal", "operatorname",
        "boldsymbol", "displaystyle", "hat", "bar", "vec", "tilde", "overline",
    };

    public static string ToHtml(string tex) => new Reader(tex ?? "").Sequence(inGroup: false);

    private sealed class Reader(string s)
    {
        private int _pos;

        public string Sequence(bool inGroup)
        {
            var sb = new StringBuilder();
            while (_pos < s.Length)
            {
                var c = s[_pos];
                if (c == '}')
                {
                    _pos++;
                    if (inGroup)
                    {
                        break;
                    }
                }
                else if (c is '^' or '_')
                {
                    _pos++;
                    var tag = c == '^' ? "sup" : "sub";
                    sb.Append('<').Append(tag).Append('>').Append(Argument()).Append("</").Append(tag).Append('>');
                }
                else
                {
                    sb.Append(Atom());
                }
            }

            return sb.ToString();
        }

        private string Argument()
        {
            while (_pos < s.Length && s[_pos] == ' ')
            {
                _pos++;
            }

            return Atom();
        }

        private string Atom()
        {
            if (_pos >= s.Length)
            {
                return "";
            }

            var c = s[_pos++];
            return c switch
            {
                '{' => Sequence(inGroup: true),
                '\\' => Command(),
                _ => WebUtility.HtmlEncode(c.ToString()),
            };
        }

        private string Command()
        {
            var start = _pos;
            while (_pos < s.Length && char.IsAsciiLetter(s[_pos]))
            {
                _pos++;
            }

            if (_pos == start)
            {
                // \, \; \! \\ \{ \} \% and friends.
                var ch = _pos < s.Length ? s[_pos++] : ' ';
                return ch is ',' or ';' or ':' or '\\' or ' ' ? " " : ch == '!' ? "" : WebUtility.HtmlEncode(ch.ToString());
            }

            var name = s[start.._pos];
            return name switch
            {
                "frac" or "dfrac" or "tfrac" => Wrap(Argument()) + "/" + Wrap(Argument()),
                "sqrt" => "√" + Wrap(Argument()),
                "left" or "right" => Delimiter(),
                _ when Transparent.Contains(name) => Argument(),
                _ => Symbols.TryGetValue(name, out var symbol) ? symbol : name,
            };
        }

        private string Delimiter()
        {
            var d = Atom();
            return d == "." ? "" : d;
        }

        private static string Wrap(string part) =>
            part.Length <= 1 || part.All(char.IsLetterOrDigit) ? part : "(" + part + ")";
    }
}
