"""The product from outside: the command line as a process, the installed package, the portal in chromium, the
real window on Xvfb with openbox."""
