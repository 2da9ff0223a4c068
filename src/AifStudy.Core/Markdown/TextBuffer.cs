using System.Runtime.CompilerServices;

namespace AifStudy.Core.Markdown;

/// <summary>
/// A growable run of characters for the parser's short-lived texts: what the parser needs of a
/// <see cref="System.Text.StringBuilder"/> (append, truncate, trim, copy out), on one array that spans can read.
/// </summary>
internal sealed class TextBuffer(int capacity = 256)
{
    private char[] _chars = new char[capacity];
    private int _length;

    /// <summary>The characters written so far; setting a smaller value drops the end.</summary>
    public int Length
    {
        get => _length;
        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)value, (uint)_length, nameof(value));
            _length = value;
        }
    }

    /// <summary>How many characters fit without growing.</summary>
    public int Capacity => _chars.Length;

    /// <summary>The character at <paramref name="index"/>.</summary>
    public char this[int index] => AsSpan()[index];

    /// <summary>The characters written so far.</summary>
    public ReadOnlySpan<char> AsSpan() => _chars.AsSpan(0, _length);

    /// <summary>Appends one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char ch)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = ch;
    }

    /// <summary>Appends <paramref name="text"/>.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > _chars.Length - _length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Appends <paramref name="text"/> (nothing for null).</summary>
    public void Append(string? text) => Append(text.AsSpan());

    /// <summary>Removes <paramref name="count"/> characters at <paramref name="start"/>.</summary>
    public void Remove(int start, int count)
    {
        _chars.AsSpan(start + count, _length - start - count).CopyTo(_chars.AsSpan(start));
        _length -= count;
    }

    /// <summary>Empties the buffer, keeping its array.</summary>
    public void Clear() => _length = 0;

    /// <summary>Characters <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> as a string.</summary>
    public string ToString(int start, int length) => length == 0 ? "" : new string(_chars, start, length);

    /// <inheritdoc />
    public override string ToString() => ToString(0, _length);

    private void Grow(int needed)
    {
        var grown = new char[Math.Max(_chars.Length * 2, _length + needed)];
        AsSpan().CopyTo(grown);
        _chars = grown;
    }
}
