from pacer.launch import run

run()
