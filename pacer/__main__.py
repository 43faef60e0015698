from pacer.launch import main

main()
