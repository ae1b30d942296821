namespace AppealHandbook.Search;

/// <summary>
/// Token ids keyed by a pair of ideographs packed into one integer: an open-addressing table with
/// linear probing, the keys in one array and the ids in another.
/// </summary>
/// <remarks>
/// Pairs are most of a Chinese article's tokens and tens of thousands of them are distinct, so
/// this look-up is the hottest in the indexer. A probe here touches one slot of a key array that
/// is a quarter the size of a <see cref="Dictionary{TKey, TValue}"/>'s entries, with no bucket
/// indirection and no modulo. Zero marks an empty slot: no pair of ideographs packs to zero.
/// </remarks>
internal sealed class PairTable
{
    private int[] _keys = new int[1 << 12];
    private int[] _ids = new int[1 << 12];
    private int _shift = 32 - 12;
    private int _count;

    /// <summary>The id stored for <paramref name="key"/>, or -1 if there is none.</summary>
    public int Find(int key)
    {
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _ids[slot];
            }

            if (found == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>Stores <paramref name="id"/> for <paramref name="key"/>, which is not in the table yet.</summary>
    public void Add(int key, int id)
    {
        if (2 * (_count + 1) > _keys.Length)
        {
            Grow();
        }

        Place(key, id);
        _count++;
    }

    /// <summary>Fibonacci hashing: the top bits of the key times 2^32/φ, which spreads neighbouring codes.</summary>
    private int Slot(int key) => (int)(unchecked((uint)key * 0x9E3779B9u) >> _shift);

    private void Place(int key, int id)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key);
        while (_keys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _ids[slot] = id;
    }

    private void Grow()
    {
        var (keys, ids) = (_keys, _ids);
        _keys = new int[keys.Length * 2];
        _ids = new int[keys.Length * 2];
        _shift--;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                Place(keys[i], ids[i]);
            }
        }
    }
}
