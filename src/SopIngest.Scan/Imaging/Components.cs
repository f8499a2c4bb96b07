using OpenCvSharp;

namespace SopIngest.Scan.Imaging;

/// <summary>
/// The 8-connected components of a binary image, found from its runs of set pixels: every row's runs, each joined
/// to the runs of the row above that touch it (diagonally included), numbered in the order of their first pixel
/// (top row first, then left to right; 0 is the background). Per-component work goes run by run, never over the
/// page: most components are letters a few dozen pixels across on a page of millions, and a ruling is a few long
/// runs. (OpenCV's <c>ConnectedComponentsWithStats</c>, used before, writes and reads back a 4-byte label per
/// pixel: four calls a page cost a tenth of a scanned page's CPU time.)
/// </summary>
internal sealed class Components
{
    private readonly int _width;
    private readonly int _height;
    // Runs in raster order: row, first column, column past the end, component.
    private readonly int[] _runRow;
    private readonly int[] _runStart;
    private readonly int[] _runEnd;
    private readonly int[] _runLabel;
    // Runs of row y: [_rowRuns[y], _rowRuns[y + 1]).
    private readonly int[] _rowRuns;
    // Runs of component c: _byLabel[_labelRuns[c] .. _labelRuns[c + 1]).
    private readonly int[] _labelRuns;
    private readonly int[] _byLabel;
    private readonly int[] _left;
    private readonly int[] _top;
    private readonly int[] _right;
    private readonly int[] _bottom;
    private readonly int[] _area;
    private readonly long[] _doubleSumX;
    private readonly long[] _sumY;

    public Components(Mat binary)
    {
        _width = binary.Width;
        _height = binary.Height;
        var runs = new RunBuffer(Math.Max(64, _height * 4));
        _rowRuns = new int[_height + 1];
        var plane = new Plane(binary);
        for (var y = 0; y < _height; y++)
        {
            _rowRuns[y] = runs.Count;
            var row = plane.Row(y);
            for (var x = 0; Plane.NextRun(row, ref x, out var start);)
            {
                runs.Add(y, start, x);
            }
        }
        _rowRuns[_height] = runs.Count;
        (_runRow, _runStart, _runEnd) = runs.Trimmed();
        _runLabel = Label(out var count);
        Count = count;

        _left = new int[count];
        _top = new int[count];
        _right = new int[count];
        _bottom = new int[count];
        _area = new int[count];
        _doubleSumX = new long[count];
        _sumY = new long[count];
        _labelRuns = new int[count + 1];
        Array.Fill(_left, int.MaxValue);
        Array.Fill(_top, int.MaxValue);
        for (var run = 0; run < _runLabel.Length; run++)
        {
            var label = _runLabel[run];
            int y = _runRow[run], start = _runStart[run], end = _runEnd[run], length = end - start;
            _left[label] = Math.Min(_left[label], start);
            _right[label] = Math.Max(_right[label], end);
            _top[label] = Math.Min(_top[label], y);
            _bottom[label] = y + 1;
            _area[label] += length;
            _doubleSumX[label] += (long)length * (start + end - 1);
            _sumY[label] += (long)length * y;
            _labelRuns[label + 1]++;
        }
        for (var label = 0; label < count; label++)
        {
            _labelRuns[label + 1] += _labelRuns[label];
        }
        _byLabel = new int[_runLabel.Length];
        var next = _labelRuns[..^1];
        for (var run = 0; run < _runLabel.Length; run++)
        {
            _byLabel[next[_runLabel[run]]++] = run;
        }
    }

    /// <summary>Components including the background, label 0 (which has no runs and no box).</summary>
    public int Count { get; }

    public Rect Box(int label) => new(_left[label], _top[label], _right[label] - _left[label], _bottom[label] - _top[label]);

    public int Area(int label) => _area[label];

    public Point2d Centroid(int label) => new(_doubleSumX[label] / (2.0 * _area[label]), (double)_sumY[label] / _area[label]);

    /// <summary>Marks every component that has a pixel set in <paramref name="mask"/> within <paramref name="areas"/>.</summary>
    public void MarkTouching(Mat mask, IEnumerable<Rect> areas, bool[] marked)
    {
        var plane = Same(mask);
        foreach (var area in areas)
        {
            var clipped = area.Intersect(new Rect(0, 0, _width, _height));
            for (var y = clipped.Top; y < clipped.Bottom; y++)
            {
                var pixels = plane.Row(y);
                for (var run = _rowRuns[y]; run < _rowRuns[y + 1]; run++)
                {
                    int from = Math.Max(_runStart[run], clipped.Left), to = Math.Min(_runEnd[run], clipped.Right);
                    if (from < to && !marked[_runLabel[run]] && pixels[from..to].ContainsAnyExcept((byte)0))
                    {
                        marked[_runLabel[run]] = true;
                    }
                }
            }
        }
    }

    /// <summary>How many of the component's pixels are set in <paramref name="mask"/>.</summary>
    public int CountWhere(int label, Mat mask)
    {
        var plane = Same(mask);
        var count = 0;
        for (var i = _labelRuns[label]; i < _labelRuns[label + 1]; i++)
        {
            var run = _byLabel[i];
            var pixels = plane.Row(_runRow[run])[_runStart[run].._runEnd[run]];
            count += pixels.Length - pixels.Count((byte)0);
        }
        return count;
    }

    /// <summary>Paper (0) in <paramref name="image"/> wherever a marked component lies.</summary>
    public void Erase(Mat image, bool[] marked)
    {
        var plane = Same(image);
        for (var run = 0; run < _runLabel.Length; run++)
        {
            if (marked[_runLabel[run]])
            {
                plane.Row(_runRow[run])[_runStart[run].._runEnd[run]].Clear();
            }
        }
    }

    /// <summary>Whether <paramref name="image"/> has any pixel set within <paramref name="area"/>.</summary>
    public static bool AnySet(Mat image, Rect area)
    {
        var plane = new Plane(image);
        for (var y = area.Top; y < area.Bottom; y++)
        {
            if (plane.Row(y).Slice(area.Left, area.Width).ContainsAnyExcept((byte)0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Joins touching runs of neighbouring rows (union-find, the root always the earliest run) and numbers the
    /// components by their earliest run.
    /// </summary>
    private int[] Label(out int count)
    {
        var parent = new int[_runStart.Length];
        for (var run = 0; run < parent.Length; run++)
        {
            parent[run] = run;
        }
        for (var y = 1; y < _height; y++)
        {
            int above = _rowRuns[y - 1], aboveEnd = _rowRuns[y];
            for (var run = _rowRuns[y]; run < _rowRuns[y + 1] && above < aboveEnd; run++)
            {
                // Runs above that end left of this run's left neighbour column touch neither it nor the runs after it.
                while (above < aboveEnd && _runEnd[above] < _runStart[run])
                {
                    above++;
                }
                for (var candidate = above; candidate < aboveEnd && _runStart[candidate] <= _runEnd[run]; candidate++)
                {
                    Union(parent, candidate, run);
                }
            }
        }
        var labels = new int[parent.Length];
        count = 1;
        for (var run = 0; run < parent.Length; run++)
        {
            var root = Find(parent, run);
            labels[run] = root == run ? count++ : labels[root];
        }
        return labels;
    }

    private static int Find(int[] parent, int run)
    {
        var root = run;
        while (parent[root] != root)
        {
            root = parent[root];
        }
        while (parent[run] != root)
        {
            (parent[run], run) = (root, parent[run]);
        }
        return root;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int rootA = Find(parent, a), rootB = Find(parent, b);
        if (rootA < rootB)
        {
            parent[rootB] = rootA;
        }
        else if (rootB < rootA)
        {
            parent[rootA] = rootB;
        }
    }

    private Plane Same(Mat image)
    {
        if (image.Width != _width || image.Height != _height)
        {
            throw new ArgumentException($"Image is {image.Width}x{image.Height}; the components were found on {_width}x{_height}.", nameof(image));
        }
        return new Plane(image);
    }

    /// <summary>Growable run columns (a page of text has a few hundred thousand runs).</summary>
    private sealed class RunBuffer(int capacity)
    {
        private int[] _row = new int[capacity];
        private int[] _start = new int[capacity];
        private int[] _end = new int[capacity];

        public int Count { get; private set; }

        public void Add(int row, int start, int end)
        {
            if (Count == _row.Length)
            {
                Array.Resize(ref _row, Count * 2);
                Array.Resize(ref _start, Count * 2);
                Array.Resize(ref _end, Count * 2);
            }
            _row[Count] = row;
            _start[Count] = start;
            _end[Count] = end;
            Count++;
        }

        public (int[] Row, int[] Start, int[] End) Trimmed() => (_row[..Count], _start[..Count], _end[..Count]);
    }
}
