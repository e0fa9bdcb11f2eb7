namespace LifeCircle.Core.Coverage;

/// <summary>A binary min-heap of node ids keyed by dist[], with decrease-key, so no node is queued twice.</summary>
internal sealed class IndexedHeap(int nodes, double[] dist)
{
    private readonly int[] _heap = new int[nodes];
    private readonly int[] _position = CreatePositions(nodes);

    public int Count { get; private set; }

    /// <summary>Inserts the node, or moves it up after its key decreased.</summary>
    public void Push(int node)
    {
        int i = _position[node];
        if (i < 0)
        {
            i = Count++;
            _heap[i] = node;
            _position[node] = i;
        }

        SiftUp(i);
    }

    public int Pop()
    {
        int top = _heap[0];
        _position[top] = -1;
        if (--Count > 0)
        {
            _heap[0] = _heap[Count];
            _position[_heap[0]] = 0;
            SiftDown(0);
        }

        return top;
    }

    private void SiftUp(int i)
    {
        int node = _heap[i];
        double key = dist[node];
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (dist[_heap[parent]] <= key)
            {
                break;
            }

            _heap[i] = _heap[parent];
            _position[_heap[i]] = i;
            i = parent;
        }

        _heap[i] = node;
        _position[node] = i;
    }

    private void SiftDown(int i)
    {
        int node = _heap[i];
        double key = dist[node];
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && dist[_heap[child + 1]] < dist[_heap[child]])
            {
                child++;
            }

            if (dist[_heap[child]] >= key)
            {
                break;
            }

            _heap[i] = _heap[child];
            _position[_heap[i]] = i;
            i = child;
        }

        _heap[i] = node;
        _position[node] = i;
    }

    private static int[] CreatePositions(int n)
    {
        var p = new int[n];
        Array.Fill(p, -1);
        return p;
    }
}
