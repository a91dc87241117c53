"""What the tests share: the shop they work in, stories told to a point, servers on loopback, tools that check."""
