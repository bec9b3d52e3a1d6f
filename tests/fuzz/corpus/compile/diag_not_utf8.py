x = 1
name = 'René'
