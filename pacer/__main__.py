from pacer.cli import main

main()
