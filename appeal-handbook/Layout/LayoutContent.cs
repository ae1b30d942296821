using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Utils;
using Fluid.Values;

namespace AppealHandbook.Layout;

/// <summary>
/// The <c>content</c> that <c>base.liquid</c> places: the page's own layout, rendered where it is
/// written, straight into the finished page, instead of first into a string of its own.
/// </summary>
/// <remarks>
/// The layout's output is most of a page (the article's body, 20-40 KB of text): rendering it into
/// a string first cost that string and a copy of it for every page of the site. A template that
/// does more than write it (a filter other than <c>raw</c>) gets it as a string, rendered then.
/// </remarks>
internal sealed class LayoutContent(IFluidTemplate layout, TemplateContext context) : FluidValue
{
    private StringValue? _text;

    /// <inheritdoc />
    public override FluidValues Type => FluidValues.String;

    /// <summary>
    /// Writes the layout into <paramref name="output"/> as it renders. Like a string given with
    /// <c>encode: false</c>, it is not encoded again: the layout encodes what it writes.
    /// </summary>
    public override ValueTask WriteToAsync(IFluidOutput output, TextEncoder encoder, TemplateContext writing) =>
        _text is null ? Theme.RenderAsync(layout, context, output) : _text.WriteToAsync(output, encoder, writing);

    // Anything else asked of the content is asked of its text, as when it was a string.

    /// <inheritdoc />
    public override bool Equals(FluidValue other) => Text().Equals(other);

    /// <inheritdoc />
    public override bool ToBooleanValue(TemplateContext context) => Text().ToBooleanValue(context);

    /// <inheritdoc />
    public override decimal ToNumberValue(TemplateContext context) => Text().ToNumberValue(context);

    /// <inheritdoc />
    public override string ToStringValue(TemplateContext context) => Text().ToStringValue(context);

    /// <inheritdoc />
    public override object ToObjectValue(TemplateContext context) => Text().ToObjectValue(context);

    /// <inheritdoc />
    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => Text().GetValueAsync(name, context);

    /// <inheritdoc />
    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => Text().GetIndexAsync(index, context);

    /// <inheritdoc />
    public override ValueTask<bool> ContainsAsync(FluidValue value, TemplateContext context) => Text().ContainsAsync(value, context);

    /// <inheritdoc />
    public override IAsyncEnumerable<FluidValue> EnumerateAsync(TemplateContext context) => Text().EnumerateAsync(context);

    /// <summary>The layout's output as a string, rendered on first use.</summary>
    private StringValue Text()
    {
        if (_text is null)
        {
            var bytes = new ArrayBufferWriter<byte>();
            using (var output = new Utf8FluidOutput(bytes))
            {
                Theme.Render(layout, context, output);
            }

            _text = (StringValue)StringValue.Create(Encoding.UTF8.GetString(bytes.WrittenSpan), encode: false);
        }

        return _text;
    }

    /// <summary>
    /// Fluid's <c>raw</c> filter, but a layout's content passes through as it is: Fluid's own makes
    /// a string of any value, which here would render the layout into a string after all.
    /// </summary>
    public static ValueTask<FluidValue> Raw(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        input is LayoutContent ? input : StringValue.Create(input.ToStringValue(context), encode: false);
}
