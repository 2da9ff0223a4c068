using AifStudy.Core.Markdown.Rendering;

namespace AifStudy.Core.Tests.Markdown;

public sealed class TexTextTests
{
    [Theory]
    [InlineData("x^2", "x<sup>2</sup>")]
    [InlineData("x^{10}_i", "x<sup>10</sup><sub>i</sub>")]
    [InlineData("\\frac{a+b}{2}", "(a+b)/2")]
    [InlineData("\\sum_i w_i \\cdot x_i", "∑<sub>i</sub> w<sub>i</sub> · x<sub>i</sub>")]
    [InlineData("a \\times b \\ge c \\rightarrow d", "a × b ≥ c → d")]
    [InlineData("\\sqrt{d_k}", "√(d<sub>k</sub>)")]
    [InlineData("\\text{softmax}(z)", "softmax(z)")]
    [InlineData("\\mysterious{x}", "mysteriousx")]
    [InlineData("a < b & c", "a &lt; b &amp; c")]
    [InlineData("\\left( x \\right.", "( x ")]
    public void Simple_tex_becomes_readable_html(string tex, string expected)
    {
        Assert.Equal(expected, TexText.ToHtml(tex));
    }
}
